-- The plain personal data was sealed into customer_contacts by V97 (a Java migration): its table goes, and with it
-- the table's files.
DROP TABLE customer_personal_data;
