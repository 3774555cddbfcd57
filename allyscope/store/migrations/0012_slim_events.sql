-- An event's row says each thing once (issue 18; allyscope/store/event_rows.py): `data` keeps only what no
-- column holds. The fields a column of the row holds with the same value, and the evidence sentence (the words
-- of the document's text at the event's offsets), leave its JSON; readers put them back from the columns and
-- the text. A row whose JSON differs from its columns anywhere is left whole (what `data` says wins on reading).
UPDATE events SET data = json_remove(data, '$.id', '$.date', '$.date_precision', '$.type', '$.cameo', '$.domain',
        '$.mode', '$.summary', '$.candidate', '$.evidence.doc', '$.evidence.start', '$.evidence.end',
        '$.evidence.text')
    WHERE json_valid(data)
      AND json_extract(data, '$.id') IS id AND json_extract(data, '$.date') IS date
      AND json_extract(data, '$.date_precision') IS date_precision AND json_extract(data, '$.type') IS type
      AND json_extract(data, '$.cameo') IS cameo AND json_extract(data, '$.domain') IS domain
      AND json_extract(data, '$.mode') IS mode AND json_extract(data, '$.summary') IS summary
      AND json_extract(data, '$.candidate') IS candidate AND json_extract(data, '$.evidence.doc') IS doc_id
      AND json_extract(data, '$.evidence.start') IS start AND json_extract(data, '$.evidence.end') IS "end"
      AND json_extract(data, '$.evidence.text')
          IS (SELECT substr(d.text, events.start + 1, events."end" - events.start) FROM documents d WHERE d.id = events.doc_id);
