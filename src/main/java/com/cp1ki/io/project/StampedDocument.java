package com.cp1ki.io.project;

import com.cp1ki.io.files.FileStamp;

/** A project document as read from a file, with the stamp of the version read. */
public record StampedDocument(ProjectDocument document, FileStamp stamp) {
}
