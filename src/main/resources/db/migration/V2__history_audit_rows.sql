-- History. Audit rows written before the validity audit strategy was switched on have no revend: each gets
-- the next revision of the same record, as the strategy would have set (it refuses to go on otherwise).
-- Deletions written before their data was kept get the record's last state, so a deleted record keeps its
-- name and workspace. Then the audit tables get the index a workspace's history is read by.

update workspace_aud a set revend = (select min(b.rev) from workspace_aud b where b.id = a.id and b.rev > a.rev)
where a.revend is null and exists (select 1 from workspace_aud b where b.id = a.id and b.rev > a.rev);

update department_aud a set revend = (select min(b.rev) from department_aud b where b.id = a.id and b.rev > a.rev)
where a.revend is null and exists (select 1 from department_aud b where b.id = a.id and b.rev > a.rev);

update job_position_aud a set revend = (select min(b.rev) from job_position_aud b where b.id = a.id and b.rev > a.rev)
where a.revend is null and exists (select 1 from job_position_aud b where b.id = a.id and b.rev > a.rev);

update person_aud a set revend = (select min(b.rev) from person_aud b where b.id = a.id and b.rev > a.rev)
where a.revend is null and exists (select 1 from person_aud b where b.id = a.id and b.rev > a.rev);

update workspace_aud d set
    name = (select p.name from workspace_aud p where p.id = d.id and p.revend = d.rev),
    industry = (select p.industry from workspace_aud p where p.id = d.id and p.revend = d.rev),
    timezone = (select p.timezone from workspace_aud p where p.id = d.id and p.revend = d.rev),
    currency = (select p.currency from workspace_aud p where p.id = d.id and p.revend = d.rev)
where d.revtype = 2 and d.name is null;

update department_aud d set
    workspace_id = (select p.workspace_id from department_aud p where p.id = d.id and p.revend = d.rev),
    parent_id = (select p.parent_id from department_aud p where p.id = d.id and p.revend = d.rev),
    name = (select p.name from department_aud p where p.id = d.id and p.revend = d.rev)
where d.revtype = 2 and d.name is null;

update job_position_aud d set
    workspace_id = (select p.workspace_id from job_position_aud p where p.id = d.id and p.revend = d.rev),
    name = (select p.name from job_position_aud p where p.id = d.id and p.revend = d.rev)
where d.revtype = 2 and d.name is null;

update person_aud d set
    workspace_id = (select p.workspace_id from person_aud p where p.id = d.id and p.revend = d.rev),
    name = (select p.name from person_aud p where p.id = d.id and p.revend = d.rev),
    email = (select p.email from person_aud p where p.id = d.id and p.revend = d.rev),
    role = (select p.role from person_aud p where p.id = d.id and p.revend = d.rev),
    department_id = (select p.department_id from person_aud p where p.id = d.id and p.revend = d.rev),
    position_id = (select p.position_id from person_aud p where p.id = d.id and p.revend = d.rev),
    status = (select p.status from person_aud p where p.id = d.id and p.revend = d.rev)
where d.revtype = 2 and d.name is null;

create index ix_department_aud_workspace on department_aud (workspace_id, rev);
create index ix_job_position_aud_workspace on job_position_aud (workspace_id, rev);
create index ix_person_aud_workspace on person_aud (workspace_id, rev);
