// Marks an owner's notifications read; the first reading stays (who and when). Reading closes a
// notification's burst (removes its openKey), so a change after it starts a new, unread one instead
// of hiding in a read one. Ids of another owner's notifications, or of none, are passed over.
// Parameters: $ownerKey, $ids (notification ids), $readBy (the user's name), $now (DATETIME).
// Columns: ids (the given ids that are the owner's, read now or before), unread (the owner's
// notifications still unread).
MATCH (n:Notification)
WHERE n.id IN $ids
  AND n.ownerKey = $ownerKey
SET n.readAt = coalesce(n.readAt, $now),
    n.readBy = coalesce(n.readBy, $readBy)
REMOVE n.openKey
WITH collect(n.id) AS ids
OPTIONAL MATCH (u:Notification)
WHERE u.ownerKey = $ownerKey
  AND u.readAt IS NULL
RETURN ids AS ids, count(u) AS unread
