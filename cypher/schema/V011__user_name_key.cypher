// Schema V011: user names are compared in a canonical form (Unicode NFKC, lower case; see
// access.internal.UserNames), stored beside the name as nameKey and unique, so 'Alice' and
// 'alice' cannot be two accounts. Names created through the API are ASCII (3..64 of
// A-Z a-z 0-9 . _ @ -), for which toLower is that form. Where existing users already differ
// only by case, the oldest keeps the key; each later one gets a key no sign-in normalises to
// (the key, '#', its element id) and is disabled, for an admin to re-create under another name.
MATCH (u:User)
WHERE u.nameKey IS NULL
SET u.nameKey = toLower(u.name);
MATCH (u:User)
WITH u
ORDER BY u.createdAt, elementId(u)
WITH u.nameKey AS key, collect(u) AS same
WHERE size(same) > 1
UNWIND tail(same) AS later
SET later.nameKey = key + '#' + elementId(later),
    later.enabled = false;
CREATE CONSTRAINT user_name_key IF NOT EXISTS FOR (u:User) REQUIRE u.nameKey IS UNIQUE;
