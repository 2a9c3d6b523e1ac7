-- 0029: counts of models by start year read a small index.
--
-- `totalCount` of a start-year filter (models(where: { yearFrom: { gt: 1960 } })), the commonest filter, counts the
-- matching entries of an index. The only index on year_from was (year_from, id), whose entries are all distinct: at 100k
-- models 2.2 MB, of which a count of two thirds of the models read 10 ms. An index on year_from alone holds each start
-- year once with the list of its rows (B-tree deduplication, PostgreSQL 13 and later): 0.7 MB, and the same count reads
-- it in about 3.5 ms. The (year_from, id) index stays for ordered pages and keyset cursors.
CREATE INDEX model_year_from_idx ON model (year_from);
