#pragma once

#include "widgets/testabledialog.h"
#include "workflow/recordmerge.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fremdrift {

// "Compare and merge", when someone else saved a record first: who and when on top, then
// every field either side changed with your version, theirs and which is kept. A field only
// one side changed keeps that side's value; for a field both changed the user picks, theirs
// by default. Save merged accepts.
class MergeDialog final : public QDialog, public TestableDialog<MergeDialog>
{
    Q_OBJECT

public:
    // How the editor names its fields ("Phone", a section's title) and shows their values
    // (a caseworker's name for an id, a decision's services as lines).
    struct Presentation
    {
        std::function<QString(const QString &field)> label;
        std::function<QString(const QString &field, const QJsonValue &value)> value;
    };

    MergeDialog(const QString &conflict,
                const QList<FieldChoice> &choices,
                Presentation presentation,
                QWidget *parent = nullptr);

    // Asks which version to keep of each field both changed: the fields to take from mine,
    // or nothing when the user cancels.
    static std::optional<QSet<QString>> ask(QWidget *parent,
                                            const QString &conflict,
                                            const QList<FieldChoice> &choices,
                                            const Presentation &presentation);

    // The whole compare and merge: `mine` and `theirs` compared with `base` (`readAlong` as
    // compareRecords() takes it), the user asked only when both changed a field. The merged
    // record's JSON (theirs with my changes), or nothing when the user cancels.
    static std::optional<QJsonObject> merge(QWidget *parent,
                                            const QString &conflict,
                                            const QJsonObject &base,
                                            const QJsonObject &mine,
                                            const QJsonObject &theirs,
                                            const Presentation &presentation,
                                            const QStringList &readAlong = {});

    // The editor's "Compare and merge…" button, hidden until a save meets a conflict.
    static QPushButton *createButton(QWidget *parent);
    // What the editor says once the merge is saved.
    static QString mergedText();

    // A value as text when the editor has nothing better: text as it is, numbers in the
    // interface's locale, lists and objects as compact JSON, "(empty)" for nothing.
    static QString plainValue(const QJsonValue &value);
    static QString objectLine(const QJsonObject &object);

    // For tests and ask(): the fields changed on both sides and which version they keep.
    QStringList fieldsToChoose() const;
    void keepMine(const QString &field, bool mine);
    QSet<QString> takeMine() const;
    QString conflictText() const;
    QTableWidget *table() const { return m_table; }

private:
    void addRow(const FieldChoice &choice);
    QWidget *createChoice(const QString &field);

    Presentation m_presentation;
    QLabel *m_conflict = nullptr;
    QTableWidget *m_table = nullptr;
    // Each field changed on both sides: mine (button id 1) or theirs (0).
    QHash<QString, QButtonGroup *> m_choices;
};

} // namespace fremdrift
