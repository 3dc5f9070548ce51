#pragma once

#include "domain/meeting.h"
#include "domain/progressplan.h"

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
// are the keys that are not the record's content: the bookkeeping every record has (id,
// version, updated_at, updated_by, created_at) and `readAlong`, the names read along with an
// id ("caseworker" beside "caseworker_id").
QList<FieldChoice> compareRecords(const QJsonObject &base,
                                  const QJsonObject &mine,
                                  const QJsonObject &theirs,
                                  const QStringList &readAlong = {});

// Whether any of `choices` is changed on both sides, so someone must choose.
bool needsChoice(const QList<FieldChoice> &choices);

// `theirs` with my value for every MineOnly field and for the Both fields in `takeMine`.
QJsonObject mergeRecords(const QJsonObject &theirs,
                         const QList<FieldChoice> &choices,
                         const QSet<QString> &takeMine);

// A JSON object with its nested objects spread out, so that each of their fields is merged on
// its own: {"investigation": {"life_areas": {"health": "…"}}} becomes
// {"investigation/life_areas/health": "…"}. Lists stay whole (a meeting's participants, a
// decision's services), and so does an empty object. nestJson() puts it back together.
QJsonObject flattenJson(const QJsonObject &json);
QJsonObject nestJson(const QJsonObject &flat);

// A meeting as compare and merge sees it: its JSON shape, with the participants' ids left out
// (every save writes the participants anew, under new ids). meetingFromJson() reads it back.
QJsonObject meetingContent(const Meeting &meeting);

// A plan as compare and merge sees it: what its dialog edits (title, goal, unit_ids, start_on,
// deadline, status_note, caseworker_ids), the ids in order.
QJsonObject planContent(const ReviewPlan &plan);
// `plan` with what planContent() holds instead of its own; a caseworker it had keeps what the
// plan knew of them.
ReviewPlan withPlanContent(ReviewPlan plan, const QJsonObject &content);

// A review step's content as compare and merge sees it: "due_on", "notes" and each field of its
// form by its path ("form/sent_on", "form/investigation/life_areas/health"). A form field with
// nothing in it (empty text, list or object, null, false) is left out, as if it were not there.
QJsonObject stepContent(const ReviewStep &step);
// `step` with the due date, notes and form of `content` (stepContent()'s shape) instead of its
// own.
ReviewStep withStepContent(ReviewStep step, const QJsonObject &content);

} // namespace fremdrift
