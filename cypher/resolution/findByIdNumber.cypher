// Answers: the parties whose id number or credit code is written in one of these forms.
// Parameters: $forms (list of strings: 18 digits with X and x, the 15-digit legacy form…)
// Columns: id
UNWIND $forms AS form
MATCH (p:Party {idNumber: form})
RETURN DISTINCT p.id AS id
