-- A checkpoint report may say how much of the task's budget has been spent so far (budget spent vs planned).
alter table plan_report add column spent_amount numeric(19, 2);
