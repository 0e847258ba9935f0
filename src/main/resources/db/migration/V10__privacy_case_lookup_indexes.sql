-- Every access request's collection looks up the person's earlier cases by subject (AccessAnswersDataSource, the
-- erasure plan's facts) and by the requester's address (IdentityVerificationsDataSource): without these indexes
-- each of those lookups read the whole case table, which only grows (a benchmark run of 400 requests showed
-- 1,540 sequential scans of privacy_case).
create index privacy_case_subject_idx on privacy_case (subject_person_id);
create index privacy_case_requester_email_idx on privacy_case (lower(requester_email));
