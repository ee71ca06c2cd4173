package cn.ezhou.yshj.opendata.api;

import cn.ezhou.yshj.opendata.api.model.LeagueDocument;
import cn.ezhou.yshj.oversight.LeagueTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The department league table (红黑榜), only while the office publishes it. */
@RestController
@RequestMapping(path = OpenApiPaths.V1 + "/league", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "League table", description = "How departments handle what is assigned to them")
class LeagueApi {

    /** A year at most: each table is computed on request, and a longer period is asked year by year. */
    static final int MAX_DAYS = 366;

    private final LeagueTable league;
    private final OpenReads reads;
    private final Clock clock;

    LeagueApi(LeagueTable league, OpenReads reads, Clock clock) {
        this.league = league;
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The league table for a period of deadline days, best first",
            description = "404 while the office has not published the table. Without dates: the current quarter.")
    LeagueDocument table(
            @Parameter(description = "first deadline day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last deadline day, YYYY-MM-DD; at most 366 days after from") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate first = from != null ? from : quarterStart;
        LocalDate last = to != null ? to : first.plusMonths(3).minusDays(1);
        if (last.isBefore(first)) {
            throw new BadRequest("to must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new BadRequest("the period may be at most " + MAX_DAYS + " days long");
        }
        return LeagueDocument.of(reads.find("The league table is not published",
                () -> league.publishedLeague(first, last)), reads.names());
    }
}
