// Schema V002: users of the access module. :User nodes are not :Entity (domain clean-up keeps
// them); the name is the login and unique.

CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.name IS UNIQUE;
