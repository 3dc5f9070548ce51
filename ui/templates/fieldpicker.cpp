#include "templates/fieldpicker.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int DescriptionRole = Qt::UserRole + 3;

} // namespace

FieldPicker::FieldPicker(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_description(new QLabel(this))
    , m_insertField(new QPushButton(tr("Insert &field"), this))
    , m_insertSection(new QPushButton(tr("Insert &section"), this))
{
    m_filter->setObjectName(QStringLiteral("fieldFilter"));
    m_filter->setPlaceholderText(tr("Find a field"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("fieldTree"));
    // One column: the picker sits beside the editor and is narrow; what the chosen field holds
    // is said under the list.
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Merge fields"));
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(12);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_description->setObjectName(QStringLiteral("fieldDescription"));
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setMinimumHeight(3 * fontMetrics().lineSpacing());
    m_description->setStyleSheet(QStringLiteral("color: #4a4f55;"));
    m_insertField->setObjectName(QStringLiteral("insertFieldButton"));
    m_insertField->setToolTip(tr("Inserts the field at the cursor, as {{name}}."));
    m_insertSection->setObjectName(QStringLiteral("insertSectionButton"));
    m_insertSection->setToolTip(
        tr("Wraps the selected text in a section: printed only when the field is not empty, "
           "or marked as the required part."));
    setMinimumWidth(170);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_description);
    layout->addWidget(m_insertField);
    layout->addWidget(m_insertSection);

    connect(m_filter, &QLineEdit::textChanged, this, &FieldPicker::applyFilter);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &FieldPicker::selectionChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (itemKind(item) == ItemKind::Field)
            insertField();
        else if (itemKind(item) == ItemKind::Part)
            insertSection();
    });
    connect(m_insertField, &QPushButton::clicked, this, &FieldPicker::insertField);
    connect(m_insertSection, &QPushButton::clicked, this, &FieldPicker::insertSection);
    selectionChanged();
}

void FieldPicker::setKind(LetterKind kind,
                          const QList<LetterRequirement> &parts,
                          const QString &language)
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    QString groupKey;
    for (const MergeFieldInfo &field : mergeFieldsFor(kind)) {
        // The catalogue lists each group's fields together.
        if (!group || field.group != groupKey) {
            groupKey = field.group;
            group = addGroup(groupTitle(groupKey));
        }
        // Under its group's heading the field needs no prefix: "name" under "The client".
        const QString shortName = field.name.startsWith(field.group + u'.')
                                      ? field.name.mid(field.group.size() + 1)
                                      : field.name;
        auto *item = new QTreeWidgetItem(group, {shortName});
        item->setData(0, KindRole, int(ItemKind::Field));
        item->setData(0, NameRole, field.name);
        const QString holds
            = field.block
                  ? tr("%1 (a table or list: put it on a line of its own)").arg(field.description())
                  : field.description();
        const QString description = QStringLiteral("{{%1}}\n%2").arg(field.name, holds);
        item->setData(0, DescriptionRole, description);
        item->setToolTip(0, description);
    }
    addParts(parts, language);
    applyFilter(m_filter->text());
    selectionChanged();
}

void FieldPicker::addParts(const QList<LetterRequirement> &parts, const QString &language)
{
    if (parts.isEmpty())
        return;
    QTreeWidgetItem *group = addGroup(tr("Parts the law requires"));
    group->setToolTip(0,
                      tr("Mark where the letter says each of these; the letter check looks "
                         "for every one."));
    for (const LetterRequirement &part : parts) {
        const QString description = QStringLiteral("{{#part %1}}\n%2 (%3)")
                                        .arg(part.id, part.description.text(language), part.law);
        auto *item = new QTreeWidgetItem(group, {part.id});
        item->setData(0, KindRole, int(ItemKind::Part));
        item->setData(0, NameRole, part.id);
        item->setData(0, DescriptionRole, description);
        item->setToolTip(0, description);
    }
}

QTreeWidgetItem *FieldPicker::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_tree, {title});
    group->setData(0, KindRole, int(ItemKind::Group));
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    return group;
}

void FieldPicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    selectionChanged();
}

bool FieldPicker::select(const QString &name)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, NameRole).toString() == name) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void FieldPicker::insertField()
{
    const QTreeWidgetItem *item = selectedLeaf();
    if (m_readOnly || itemKind(item) != ItemKind::Field)
        return;
    emit insertRequested(QStringLiteral("{{%1}}").arg(item->data(0, NameRole).toString()));
}

void FieldPicker::insertSection()
{
    const QTreeWidgetItem *item = selectedLeaf();
    if (m_readOnly || !item)
        return;
    const QString name = item->data(0, NameRole).toString();
    if (itemKind(item) == ItemKind::Part)
        emit wrapRequested(QStringLiteral("{{#part %1}}").arg(name), QStringLiteral("{{/part}}"));
    else
        emit wrapRequested(QStringLiteral("{{#if %1}}").arg(name), QStringLiteral("{{/if}}"));
}

void FieldPicker::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool anyShown = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool shown
                = wanted.isEmpty()
                  || item->data(0, NameRole).toString().contains(wanted, Qt::CaseInsensitive)
                  || item->data(0, DescriptionRole)
                         .toString()
                         .contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        group->setHidden(!anyShown);
    }
}

void FieldPicker::selectionChanged()
{
    const QTreeWidgetItem *item = selectedLeaf();
    m_description->setText(item ? item->data(0, DescriptionRole).toString()
                                : tr("Choose a field to see what it holds."));
    const ItemKind kind = itemKind(item);
    m_insertField->setEnabled(!m_readOnly && kind == ItemKind::Field);
    m_insertSection->setEnabled(!m_readOnly && kind != ItemKind::Group);
}

QTreeWidgetItem *FieldPicker::selectedLeaf() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->isSelected() && itemKind(item) != ItemKind::Group ? item : nullptr;
}

FieldPicker::ItemKind FieldPicker::itemKind(const QTreeWidgetItem *item)
{
    return item ? ItemKind(item->data(0, KindRole).toInt()) : ItemKind::Group;
}

QString FieldPicker::groupTitle(const QString &group)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("office"), QT_TR_NOOP("The office")},
        {QStringLiteral("letter"), QT_TR_NOOP("The letter")},
        {QStringLiteral("client"), QT_TR_NOOP("The client")},
        {QStringLiteral("guardian"), QT_TR_NOOP("The guardian")},
        {QStringLiteral("caseworker"), QT_TR_NOOP("The caseworker")},
        {QStringLiteral("leader"), QT_TR_NOOP("The leader who approved")},
        {QStringLiteral("decision"), QT_TR_NOOP("The decision")},
        {QStringLiteral("previous"), QT_TR_NOOP("The previous decision")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("review"), QT_TR_NOOP("The review")},
        {QStringLiteral("meeting"), QT_TR_NOOP("The meeting")},
        {QStringLiteral("plan"), QT_TR_NOOP("The progress plan")},
    };
    const auto it = titles.constFind(group);
    return it == titles.constEnd() ? group : tr(*it);
}

} // namespace fremdrift
