-- Issue 17: Galera replicates a table without a primary key badly (rows applied by full scans, or refused with
-- wsrep_certify_nonPK off); account_role had none (school_id may be NULL, so its columns cannot be the key).
-- A surrogate key, filled by the database: the application does not map it, and the previous version's inserts
-- work unchanged (compatible with a rolling upgrade). GaleraSchemaIT checks every table.
ALTER TABLE account_role ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
