package cn.ezhou.yshj.opendata.api;

import cn.ezhou.yshj.consultation.AnswerDesk;
import cn.ezhou.yshj.consultation.ConsultationDetail;
import cn.ezhou.yshj.consultation.ConsultationPhase;
import cn.ezhou.yshj.consultation.ConsultationService;
import cn.ezhou.yshj.consultation.FeedbackReport;
import cn.ezhou.yshj.opendata.api.model.ConsultationDocument;
import cn.ezhou.yshj.opendata.api.model.ConsultationItem;
import cn.ezhou.yshj.opendata.api.model.FeedbackReportDocument;
import cn.ezhou.yshj.opendata.api.model.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public consultations once open, and their feedback reports once published. */
@RestController
@RequestMapping(path = OpenApiPaths.V1 + "/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultations", description = "Draft enterprise policies put out for public comment (征求意见)")
class ConsultationsApi {

    private final ConsultationService consultations;
    private final AnswerDesk answers;
    private final OpenReads reads;

    ConsultationsApi(ConsultationService consultations, AnswerDesk answers, OpenReads reads) {
        this.consultations = consultations;
        this.answers = answers;
        this.reads = reads;
    }

    @GetMapping
    @Operation(summary = "Public consultations that have opened, newest first",
            description = "One announced for a later day is listed from its opening day.")
    PageOf<ConsultationItem> list(@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
                                  @Parameter(description = "items per page, 1–100") @RequestParam(defaultValue = "20") int size) {
        var request = Paging.of(page, size);
        NameBook names = reads.names();
        return PageOf.of(reads.read(() -> consultations.openedToPublic(request)), c -> ConsultationItem.of(c, names));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A public consultation with its draft text article by article and its comment window")
    ConsultationDocument one(@PathVariable long id) {
        return ConsultationDocument.of(opened(id), reads.names());
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "The published feedback report (意见采纳情况): counts by outcome and a page of the comments with their answers",
            description = "404 until the drafting department has published it.")
    FeedbackReportDocument report(@PathVariable long id,
                                  @Parameter(description = "page of comments, from 0") @RequestParam(defaultValue = "0") int page,
                                  @Parameter(description = "comments per page, 1–100") @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        opened(id);
        FeedbackReport report = reads.find("No public feedback report of consultation " + id, () -> answers.report(id));
        if (report.publishedAt() == null) {
            throw new NotFound("No public feedback report of consultation " + id);
        }
        return FeedbackReportDocument.of(report, reads.names(), page, size);
    }

    /** A consultation as the public pages show it, refused while it is only announced. */
    private ConsultationDetail opened(long id) {
        ConsultationDetail d = reads.find("No public consultation " + id, () -> consultations.detail(id));
        if (!d.toPublic() || d.phase() == ConsultationPhase.SCHEDULED) {
            throw new NotFound("No public consultation " + id);
        }
        return d;
    }
}
