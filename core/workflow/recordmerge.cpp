#include "workflow/recordmerge.h"

#include "domain/json.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace fremdrift {

namespace {

// Not what people edit: the bookkeeping every record has.
bool isBookkeeping(const QString &key)
{
    static const QSet<QString> bookkeeping = {
        QStringLiteral("id"),
        QStringLiteral("version"),
        QStringLiteral("updated_at"),
        QStringLiteral("updated_by"),
        QStringLiteral("created_at"),
    };
    return bookkeeping.contains(key);
}

constexpr QChar pathSeparator = u'/';

void flattenInto(QJsonObject &flat, const QString &prefix, const QJsonObject &json)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + pathSeparator + it.key();
        if (it->isObject() && !it->toObject().isEmpty())
            flattenInto(flat, path, it->toObject());
        else
            flat.insert(path, *it);
    }
}

// Sets `value` at `path` inside `json`, making the objects on the way.
void insertAt(QJsonObject &json, QStringView path, const QJsonValue &value)
{
    const qsizetype separator = path.indexOf(pathSeparator);
    if (separator < 0) {
        json.insert(path.toString(), value);
        return;
    }
    const QString key = path.left(separator).toString();
    QJsonObject inner = json.value(key).toObject();
    insertAt(inner, path.mid(separator + 1), value);
    json.insert(key, inner);
}

const QString formPrefix = QStringLiteral("form/");

QJsonArray sortedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> idsOf(const QJsonValue &array)
{
    QList<qint64> ids;
    for (const QJsonValue &id : array.toArray())
        ids << id.toInteger();
    return ids;
}

// A form field with nothing in it: no text, an empty list, a box not ticked. The form's widgets
// give back every field, a form saved elsewhere may leave the empty ones out: either way it
// holds nothing.
bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isBool() && !value.toBool())
           || (value.isString() && value.toString().isEmpty())
           || (value.isArray() && value.toArray().isEmpty())
           || (value.isObject() && value.toObject().isEmpty());
}

QStringList allKeys(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    QStringList keys = base.keys() + mine.keys() + theirs.keys();
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace

QList<FieldChoice> compareRecords(const QJsonObject &base,
                                  const QJsonObject &mine,
                                  const QJsonObject &theirs,
                                  const QStringList &readAlong)
{
    QList<FieldChoice> choices;
    for (const QString &key : allKeys(base, mine, theirs)) {
        if (isBookkeeping(key) || readAlong.contains(key))
            continue;
        FieldChoice choice{key, base.value(key), mine.value(key), theirs.value(key)};
        const bool mineChanged = choice.mine != choice.base;
        const bool theirsChanged = choice.theirs != choice.base;
        if (mineChanged && theirsChanged && choice.mine == choice.theirs)
            continue; // the same change on both sides: nothing to choose
        if (mineChanged && theirsChanged)
            choice.kind = FieldChoice::Kind::Both;
        else if (mineChanged)
            choice.kind = FieldChoice::Kind::MineOnly;
        else if (theirsChanged)
            choice.kind = FieldChoice::Kind::TheirsOnly;
        else
            continue;
        choices.append(choice);
    }
    return choices;
}

bool needsChoice(const QList<FieldChoice> &choices)
{
    return std::any_of(choices.cbegin(), choices.cend(), [](const FieldChoice &choice) {
        return choice.kind == FieldChoice::Kind::Both;
    });
}

QJsonObject mergeRecords(const QJsonObject &theirs,
                         const QList<FieldChoice> &choices,
                         const QSet<QString> &takeMine)
{
    QJsonObject merged = theirs;
    for (const FieldChoice &choice : choices) {
        const bool keepMine
            = choice.kind == FieldChoice::Kind::MineOnly
              || (choice.kind == FieldChoice::Kind::Both && takeMine.contains(choice.field));
        if (!keepMine)
            continue;
        if (choice.mine.isUndefined())
            merged.remove(choice.field);
        else
            merged.insert(choice.field, choice.mine);
    }
    return merged;
}

QJsonObject flattenJson(const QJsonObject &json)
{
    QJsonObject flat;
    flattenInto(flat, QString(), json);
    return flat;
}

QJsonObject nestJson(const QJsonObject &flat)
{
    QJsonObject json;
    for (auto it = flat.constBegin(); it != flat.constEnd(); ++it)
        insertAt(json, it.key(), *it);
    return json;
}

QJsonObject meetingContent(const Meeting &meeting)
{
    QJsonObject content = toJson(meeting);
    QJsonArray participants;
    for (const QJsonValue &participant : content.value(QStringLiteral("participants")).toArray()) {
        QJsonObject withoutId = participant.toObject();
        withoutId.remove(QStringLiteral("id"));
        participants.append(withoutId);
    }
    content.insert(QStringLiteral("participants"), participants);
    return content;
}

QJsonObject planContent(const ReviewPlan &plan)
{
    QList<qint64> caseworkers;
    for (const PlanCaseworker &caseworker : plan.caseworkers)
        caseworkers << caseworker.userId;
    return {
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("goal"), plan.goal},
        {QStringLiteral("unit_ids"), sortedIds(plan.unitIds)},
        {QStringLiteral("start_on"), jsonDate(plan.startOn)},
        {QStringLiteral("deadline"), jsonDate(plan.deadline)},
        {QStringLiteral("status_note"), plan.statusNote},
        {QStringLiteral("caseworker_ids"), sortedIds(caseworkers)},
    };
}

ReviewPlan withPlanContent(ReviewPlan plan, const QJsonObject &content)
{
    plan.title = content.value(QStringLiteral("title")).toString();
    plan.goal = content.value(QStringLiteral("goal")).toString();
    plan.unitIds = idsOf(content.value(QStringLiteral("unit_ids")));
    plan.startOn = dateFromIso(content.value(QStringLiteral("start_on")).toString());
    plan.deadline = dateFromIso(content.value(QStringLiteral("deadline")).toString());
    plan.statusNote = content.value(QStringLiteral("status_note")).toString();
    plan.caseworkers
        = caseworkersFor(idsOf(content.value(QStringLiteral("caseworker_ids"))), plan.caseworkers);
    return plan;
}

QJsonObject stepContent(const ReviewStep &step)
{
    QJsonObject content = {
        {QStringLiteral("due_on"), jsonDate(step.dueOn)},
        {QStringLiteral("notes"), step.notes},
    };
    const QJsonObject form = flattenJson(step.form);
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        if (!isEmpty(*it))
            content.insert(formPrefix + it.key(), *it);
    }
    return content;
}

ReviewStep withStepContent(ReviewStep step, const QJsonObject &content)
{
    step.dueOn = dateFromIso(content.value(QStringLiteral("due_on")).toString());
    step.notes = content.value(QStringLiteral("notes")).toString();
    QJsonObject form;
    for (auto it = content.constBegin(); it != content.constEnd(); ++it) {
        if (it.key().startsWith(formPrefix))
            form.insert(it.key().mid(formPrefix.size()), *it);
    }
    step.form = nestJson(form);
    return step;
}

} // namespace fremdrift
