package cn.ezhou.yshj.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The league table for a period, best overall score first, with the method it was scored by. */
public record League(LocalDate from, LocalDate to, Instant asOf, LeagueMethod method, List<LeagueRow> rows) {
}
