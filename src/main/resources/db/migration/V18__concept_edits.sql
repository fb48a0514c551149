-- The concept vocabulary's edits (issue 24). The shipped file vocabulary/concepts-da.tsv stays the
-- versioned base; a row here adds a concept or replaces the file's concept with the same id (ids
-- are never reused, so there is no deletion). The vocabulary in force is the file with these rows
-- applied in sequence order. Who saved a row and when is on the row: concepts are not citizens'
-- data, so this is all the audit they need.
CREATE TABLE concept_edit (
    id               VARCHAR(100)   PRIMARY KEY,
    type             VARCHAR(20)    NOT NULL,
    -- Lower-casing can lengthen a label (İ becomes i and a dot): twice the API's 200 characters.
    preferred_label  VARCHAR(400)   NOT NULL,
    broader          VARCHAR(100),
    -- The alternative labels separated by | as in the file (a label never holds one): at most
    -- 100 of at most 400 characters.
    alt_labels       VARCHAR(40100) NOT NULL,
    -- How many times this concept was saved here: its entity tag.
    revision         INTEGER        NOT NULL,
    -- The vocabulary revision of the last save: the order rows are applied in.
    sequence         BIGINT         NOT NULL,
    edited_by        VARCHAR(100)   NOT NULL,
    edited_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_concept_edit_type CHECK (type IN ('OCCUPATION', 'COMPETENCE'))
);

-- One row counting the vocabulary's saves. Every save updates it first, so its row lock makes
-- saves on all instances take turns: each is checked against the one before it, and two saves
-- can never both give the same label to different concepts.
CREATE TABLE vocabulary_revision (
    id        INTEGER PRIMARY KEY,
    revision  BIGINT  NOT NULL
);
INSERT INTO vocabulary_revision (id, revision) VALUES (1, 0);

-- Concept ids (up to 100 characters) are the outbox entity id of a vocabulary change.
ALTER TABLE outbox ALTER COLUMN entity_id SET DATA TYPE VARCHAR(100);
