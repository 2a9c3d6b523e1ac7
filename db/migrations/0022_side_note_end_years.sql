-- 0022: an end year stated in passing is still a claim. The short seed's "In 1962 it was replaced by the 403" says the
-- 407 ended in 1962, against the long seed's 1963 and 1964.

SELECT cite('claim', add_claim('model', model_ref('moskvitch-407'), 'yearTo', '1962',
                               'Short seed, in passing: the 407 "was replaced by the 403" in 1962.'),
            'seed-short', 'In 1958 the 407 hit the assembly lines to reach a production run of 359,980 copies. In 1962 it was replaced by the 403');
