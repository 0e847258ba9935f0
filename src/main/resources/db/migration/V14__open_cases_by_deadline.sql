-- The DPO's deadline view reads the open cases, nearest deadline first, out of every case ever opened (kept for
-- years): a partial index holds only the open ones, so the view costs what the open cases cost.
create index privacy_case_open_deadline_idx on privacy_case (legal_deadline, case_number) where closed_at is null;
