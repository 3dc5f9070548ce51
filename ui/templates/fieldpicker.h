#pragma once

#include "jurisdiction/jurisdictionprofile.h"
#include "letters/mergefields.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fremdrift {

// The merge fields a template of one kind may use, by group, with what the chosen one holds;
// and,
// for letters the law says must have them, the jurisdiction's required parts. A field goes
// into the template as {{name}} (double-click, or Insert field); Insert section wraps the
// selection in {{#if name}}…{{/if}} for a field, or {{#part id}}…{{/part}} for a part.
class FieldPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldPicker(QWidget *parent = nullptr);

    // The fields of `kind` and the `parts` (empty when the kind has none); descriptions of the
    // parts in `language`, the template's language.
    void setKind(LetterKind kind, const QList<LetterRequirement> &parts, const QString &language);
    // Read-only: the lists stay browsable, nothing is inserted.
    void setReadOnly(bool readOnly);

    QTreeWidget *tree() const { return m_tree; }
    // Selects the field or part `name`; returns whether it is listed.
    bool select(const QString &name);

public slots:
    void insertField();
    void insertSection();

signals:
    void insertRequested(const QString &text);
    void wrapRequested(const QString &open, const QString &close);

private:
    enum class ItemKind { Group, Field, Part };

    QTreeWidgetItem *addGroup(const QString &title);
    void addParts(const QList<LetterRequirement> &parts, const QString &language);
    void applyFilter(const QString &text);
    void selectionChanged();
    QTreeWidgetItem *selectedLeaf() const;
    static ItemKind itemKind(const QTreeWidgetItem *item);
    static QString groupTitle(const QString &group);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_description;
    QPushButton *m_insertField;
    QPushButton *m_insertSection;
    bool m_readOnly = false;
};

} // namespace fremdrift
