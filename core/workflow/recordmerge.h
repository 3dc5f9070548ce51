#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

namespace fremdrift {

// One field of a record that two people changed from the same starting point: the version
// loaded into an editor (base), what the editor holds now (mine) and what someone else saved
// meanwhile (theirs). A field that holds an array or object (a decision's services) is one
// field, compared as a whole.
struct FieldChoice
{
    enum class Kind {
        MineOnly,   // only I changed it: my value is kept
        TheirsOnly, // only they changed it: their value is kept
        Both,       // both changed it, differently: someone must choose
    };

    QString field; // the JSON key ("phone", "health_information", "services")
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    Kind kind = Kind::Both;
};

// The fields of two JSON shapes of one record (domain/json.h) that changed since `base`, in
// key order. A field both changed to the same value needs no choice and is left out, and so
// are the keys that are not the record's content: id, version, updated_at, updated_by,
// created_at, and the names read along with an id (name, client, caseworker). A client's unit
// is compared by its name ("unit", which the editor and the repository save by); its
// unit_id follows from the name.
QList<FieldChoice>
compareRecords(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

// Whether any of `choices` is changed on both sides, so someone must choose.
bool needsChoice(const QList<FieldChoice> &choices);

// `theirs` with my value for every MineOnly field and for the Both fields in `takeMine`.
QJsonObject mergeRecords(const QJsonObject &theirs,
                         const QList<FieldChoice> &choices,
                         const QSet<QString> &takeMine);

} // namespace fremdrift
