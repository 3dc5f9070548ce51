#pragma once

#include <QStringList>

#include <span>

namespace fremdrift {

// One step of the schema. Each runs in its own BEGIN IMMEDIATE transaction together with the
// user_version that marks it done. A released migration is never edited: add a new one.
struct Migration
{
    int version;
    QStringList statements;
};

std::span<const Migration> migrations();
int latestSchemaVersion();

// The tables the current schema must have; `check` and open verify them.
QStringList expectedTables();

} // namespace fremdrift
