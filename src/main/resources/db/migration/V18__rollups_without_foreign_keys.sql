-- The day and month cubes are derived from feedback_answer, which keeps its reference to the workspace. Checking
-- that reference again for every cube row an import folds in doubled the fold's time on PostgreSQL, so the cubes
-- go without it. (H2 names these constraints differently and keeps them; nothing imports millions of answers there.)
alter table feedback_daily drop constraint if exists feedback_daily_workspace_id_fkey;
alter table feedback_monthly drop constraint if exists feedback_monthly_workspace_id_fkey;
