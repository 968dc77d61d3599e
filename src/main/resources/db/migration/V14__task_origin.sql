-- Where a plan task came from (issue 6): the strategic session, its idea, and the idea's touchpoint and pain,
-- so the chain can be followed from a task back to the map and from the map forward to the tasks.
alter table plan_task add column origin_session_id uuid;
alter table plan_task add column origin_idea_id uuid;
alter table plan_task add column origin_touchpoint_id uuid;
alter table plan_task add column origin_pain_id uuid;
create index ix_plan_task_origin_idea on plan_task (origin_idea_id);
create index ix_plan_task_origin_touchpoint on plan_task (origin_touchpoint_id);
create index ix_plan_task_origin_pain on plan_task (origin_pain_id);
