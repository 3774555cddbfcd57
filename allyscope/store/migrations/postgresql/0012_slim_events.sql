-- PostgreSQL's form of 0012 (see ../0012_slim_events.sql for why): the same fields leave an event's JSON when
-- its columns and its document's text hold them, written with jsonb's operators instead of SQLite's json_remove.
UPDATE events SET data = ((data::jsonb - ARRAY['id', 'date', 'date_precision', 'type', 'cameo', 'domain', 'mode',
        'summary', 'candidate']) #- '{evidence,doc}' #- '{evidence,start}' #- '{evidence,end}' #- '{evidence,text}')::text
    WHERE data::jsonb ->> 'id' IS NOT DISTINCT FROM id AND data::jsonb ->> 'date' IS NOT DISTINCT FROM date
      AND data::jsonb ->> 'date_precision' IS NOT DISTINCT FROM date_precision
      AND data::jsonb ->> 'type' IS NOT DISTINCT FROM type AND data::jsonb ->> 'cameo' IS NOT DISTINCT FROM cameo
      AND data::jsonb ->> 'domain' IS NOT DISTINCT FROM domain AND data::jsonb ->> 'mode' IS NOT DISTINCT FROM mode
      AND data::jsonb ->> 'summary' IS NOT DISTINCT FROM summary
      AND data::jsonb ->> 'candidate' IS NOT DISTINCT FROM candidate
      AND data::jsonb #>> '{evidence,doc}' IS NOT DISTINCT FROM doc_id
      AND (data::jsonb #>> '{evidence,start}')::bigint IS NOT DISTINCT FROM start
      AND (data::jsonb #>> '{evidence,end}')::bigint IS NOT DISTINCT FROM "end"
      AND data::jsonb #>> '{evidence,text}' IS NOT DISTINCT FROM
          (SELECT substr(d.text, events.start + 1, events."end" - events.start) FROM documents d WHERE d.id = events.doc_id);
