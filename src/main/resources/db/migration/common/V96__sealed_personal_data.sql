-- Personal data, crypto-shredded (docs/erasure.md): each customer's contact details are sealed (AES-GCM) under a data
-- key of their own, kept wrapped under a master key that lives outside the database. Erasure deletes the data key,
-- which makes every copy of the sealed details unreadable, wherever the database left one (dead rows, WAL, backups).
-- Text columns hold Base64; the database never sees an address, a name or an email, only its keyed lookup hash.
CREATE TABLE customer_data_keys (
    customer_id BIGINT       PRIMARY KEY REFERENCES customers (id),
    wrapped_key VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE customer_contacts (
    customer_id  BIGINT        PRIMARY KEY REFERENCES customer_data_keys (customer_id),
    -- HMAC-SHA256 of the normalised email (trimmed, lower-cased) under a key derived from the master key.
    email_lookup CHAR(64)      UNIQUE,
    sealed       VARCHAR(4000) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
