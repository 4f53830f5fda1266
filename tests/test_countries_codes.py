"""The ISO 3166-1 codes privdocs accepts are written out (reading CLDR at every check is slow);
they must stay the codes CLDR, through Babel, names."""

from babel import Locale

from generator.law.countries import iso_codes

# CLDR territories that are not ISO 3166-1 countries (XK, Kosovo, is kept on purpose).
NOT_ISO = frozenset("AC CP CQ DG EA EU EZ IC QO TA UN XA XB ZZ".split())


def test_the_written_out_codes_are_the_ones_cldr_names():
    cldr = {code for code in Locale("en").territories
            if len(code) == 2 and code.isalpha() and code not in NOT_ISO}
    assert iso_codes() == cldr
