package cn.ezhou.yshj.calendar.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface YearWarningRepository extends JpaRepository<YearWarning, Integer> {
}
