package cn.ezhou.yshj.oversight.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The single row (id 1) of the league table's method. */
public interface LeagueSettingsRepository extends JpaRepository<LeagueSettings, Long> {

    long ROW = 1L;
}
