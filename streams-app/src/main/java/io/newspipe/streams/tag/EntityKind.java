package io.newspipe.streams.tag;

/** Kinds of named entity the tagger links. */
public enum EntityKind { COUNTRY, PLACE, ORGANIZATION, PERSON }
