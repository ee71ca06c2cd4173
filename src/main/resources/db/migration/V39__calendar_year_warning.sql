-- A year whose holidays were not yet entered when deadlines began to reach into it: the
-- administrators were warned once for it (the daily calendar watch).
CREATE TABLE calendar_year_warning (
    year_no   INT         NOT NULL PRIMARY KEY,
    warned_at TIMESTAMP(6) NOT NULL
);
