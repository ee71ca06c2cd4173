-- Satisfaction rounds feed the league table (DESIGN §4): their weight in the overall score. A
-- method still at the first defaults moves to the new ones (on time 35, speed 15, satisfaction 20,
-- reopen 10, consultation 10, rounds 10); a method the office has set keeps its weights, rounds at 0.
alter table league_method add column w_rounds int not null default 0;
update league_method set w_on_time = 35, w_satisfaction = 20, w_rounds = 10
    where updated_by is null and w_on_time = 40 and w_speed = 15 and w_satisfaction = 25 and w_reopen = 10
      and w_consultation = 10;
