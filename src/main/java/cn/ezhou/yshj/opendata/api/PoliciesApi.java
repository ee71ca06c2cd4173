package cn.ezhou.yshj.opendata.api;

import cn.ezhou.yshj.consultation.PolicyComparison;
import cn.ezhou.yshj.consultation.PolicyDetail;
import cn.ezhou.yshj.consultation.PolicyService;
import cn.ezhou.yshj.opendata.api.model.PageOf;
import cn.ezhou.yshj.opendata.api.model.PolicyChanges;
import cn.ezhou.yshj.opendata.api.model.PolicyDocument;
import cn.ezhou.yshj.opendata.api.model.PolicyItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issued policies, and for those issued from a public consultation the comparison with the draft. */
@RestController
@RequestMapping(path = OpenApiPaths.V1 + "/policies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Policies", description = "Issued policies (政策) and what changed from the consulted draft")
class PoliciesApi {

    private final PolicyService policies;
    private final PolicyComparison comparison;
    private final OpenReads reads;

    PoliciesApi(PolicyService policies, PolicyComparison comparison, OpenReads reads) {
        this.policies = policies;
        this.comparison = comparison;
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Issued policies, newest first")
    PageOf<PolicyItem> list(@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
                            @Parameter(description = "items per page, 1–100") @RequestParam(defaultValue = "20") int size) {
        var request = Paging.of(page, size);
        NameBook names = reads.names();
        return PageOf.of(reads.read(() -> policies.list(request)), p -> PolicyItem.of(p, names));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An issued policy with its final text article by article")
    PolicyDocument one(@PathVariable long id) {
        return PolicyDocument.of(detail(id), reads.names());
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "The issued text against the consulted draft, article by article, with the adopted comments each change answered",
            description = "404 for a policy issued without a public consultation.")
    PolicyChanges changes(@PathVariable long id) {
        PolicyDetail d = detail(id);
        if (d.consultationId() == null) {
            throw new NotFound("Policy " + id + " was not issued from a public consultation");
        }
        return PolicyChanges.of(id, d.consultationId(), d.consultationReference(),
                reads.find("No policy " + id, () -> comparison.changes(id)));
    }

    private PolicyDetail detail(long id) {
        return reads.find("No policy " + id, () -> policies.open(id));
    }
}
