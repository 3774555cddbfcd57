-- What each document was read from: its type (text, pdf, html, docx) and the file name or URL it was given as.
ALTER TABLE documents ADD COLUMN source_type TEXT NOT NULL DEFAULT 'text';
ALTER TABLE documents ADD COLUMN origin TEXT;
