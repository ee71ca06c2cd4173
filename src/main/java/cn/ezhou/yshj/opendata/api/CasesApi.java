package cn.ezhou.yshj.opendata.api;

import cn.ezhou.yshj.cases.TypicalCaseService;
import cn.ezhou.yshj.opendata.api.model.CaseItem;
import cn.ezhou.yshj.opendata.api.model.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published typical cases. */
@RestController
@RequestMapping(path = OpenApiPaths.V1 + "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Typical cases", description = "Closed items the office published as examples (典型案例), anonymised")
class CasesApi {

    private final TypicalCaseService cases;
    private final OpenReads reads;
    private final Clock clock;

    CasesApi(TypicalCaseService cases, OpenReads reads, Clock clock) {
        this.cases = cases;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Published typical cases, most recently published first")
    PageOf<CaseItem> list(@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
                          @Parameter(description = "items per page, 1–100") @RequestParam(defaultValue = "20") int size) {
        var request = Paging.of(page, size);
        NameBook names = reads.names();
        return PageOf.of(reads.read(() -> cases.published(request)), c -> CaseItem.of(c, names, clock.getZone()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A published typical case")
    CaseItem one(@PathVariable long id) {
        return CaseItem.of(reads.find("No published typical case " + id, () -> cases.publishedCase(id)), reads.names(), clock.getZone());
    }
}
