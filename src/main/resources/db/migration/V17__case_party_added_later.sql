-- Issue 14, finding 9: the staff member who filed an incident sees the parties as filed, not those the case's
-- workers add later. Parties added before this migration cannot be told apart and stay visible to the filer.
ALTER TABLE case_party ADD COLUMN added_later BOOLEAN NOT NULL DEFAULT FALSE;
