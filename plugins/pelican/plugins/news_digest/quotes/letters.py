"""The letters a name starts with, for the patterns that find names: the Latin capitals of every
script the digest reads ('Ó', 'Ł', 'Đ', 'Ấ'), as the body of a regular expression's character class."""

CAPITAL = "A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u1E00-\u1EFF"
