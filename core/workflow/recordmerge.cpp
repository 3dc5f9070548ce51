#include "workflow/recordmerge.h"

#include <QStringList>

#include <algorithm>

namespace fremdrift {

namespace {

// Not what people edit: bookkeeping, and names that are read from the row an id points to. A
// client's unit is the exception: it is saved by its name, and unit_id follows from that.
bool isCompared(const QString &key)
{
    static const QSet<QString> ignored = {
        QStringLiteral("id"),
        QStringLiteral("version"),
        QStringLiteral("updated_at"),
        QStringLiteral("updated_by"),
        QStringLiteral("created_at"),
        QStringLiteral("name"),
        QStringLiteral("client"),
        QStringLiteral("caseworker"),
        QStringLiteral("unit_id"),
    };
    return !ignored.contains(key);
}

QStringList allKeys(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    QStringList keys = base.keys() + mine.keys() + theirs.keys();
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace

QList<FieldChoice>
compareRecords(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    QList<FieldChoice> choices;
    for (const QString &key : allKeys(base, mine, theirs)) {
        if (!isCompared(key))
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

} // namespace fremdrift
