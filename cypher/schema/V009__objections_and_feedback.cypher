// Schema V009: due process and feedback of the sanction module. Objections and measure feedback
// are not :Entity (they are not in the data contract and never part of a network): each has its
// own unique id. An open objection carries `openItemId` (the id of the item objected to; removed
// when it is resolved), so the unique constraint lets at most one objection be open per item.
// Feedback's `key` (sanction, party, measure, action, day, organisation) is unique likewise.
CREATE CONSTRAINT objection_id IF NOT EXISTS FOR (n:Objection) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT objection_open_item IF NOT EXISTS FOR (n:Objection) REQUIRE n.openItemId IS UNIQUE;
CREATE INDEX objection_status_filed IF NOT EXISTS FOR (n:Objection) ON (n.status, n.filedAt);
CREATE INDEX objection_subject IF NOT EXISTS FOR (n:Objection) ON (n.subjectId);
CREATE CONSTRAINT measure_feedback_id IF NOT EXISTS FOR (n:MeasureFeedback) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_feedback_key IF NOT EXISTS FOR (n:MeasureFeedback) REQUIRE n.key IS UNIQUE;
CREATE INDEX measure_feedback_sanction IF NOT EXISTS FOR (n:MeasureFeedback) ON (n.sanctionId);
