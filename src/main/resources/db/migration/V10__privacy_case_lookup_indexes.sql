-- Every access request's collection looks up the person's earlier cases by subject (AccessAnswersDataSource, the
-- erasure plan's facts), by the requester's address, and the identity checks made with the person's code
-- (IdentityVerificationsDataSource). Without these indexes each lookup read the whole table, and these tables only
-- grow: a benchmark run of 400 requests showed 1,540 sequential scans of privacy_case, one full scan of
-- identity_verification per request.
create index privacy_case_subject_idx on privacy_case (subject_person_id);
create index privacy_case_requester_email_idx on privacy_case (lower(requester_email));
create index identity_verification_hetu_idx on identity_verification (verified_hetu);
