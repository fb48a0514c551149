-- Amendments (contract v1.1): an edit of an ACTIVE agreement awaits approval while the approved
-- version stays in force. Before this, every edit went back to DRAFT, so an agreement that is or
-- was current has its latest version in force, and a stopped one only if all three approved it.
ALTER TABLE agreement ADD COLUMN in_force_version INTEGER;
UPDATE agreement SET in_force_version = version
 WHERE status IN ('ACTIVE', 'HIRED', 'ORDINARY_HOURS')
    OR (status = 'STOPPED' AND (SELECT COUNT(*) FROM agreement_approval p
                                 WHERE p.agreement_id = agreement.id AND p.version = agreement.version) = 3);
