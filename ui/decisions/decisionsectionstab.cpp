#include "decisions/decisionsectionstab.h"

#include "widgets/fieldproblemmarker.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fremdrift {

DecisionSectionsTab::DecisionSectionsTab(QWidget *parent)
    : QScrollArea(parent)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    for (DecisionSection section : allDecisionSections()) {
        auto *title = new QLabel(sectionTitle(section), content);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *edit = new QPlainTextEdit(content);
        edit->setObjectName(sectionKey(section));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(96);
        title->setBuddy(edit);
        layout->addWidget(title);
        layout->addWidget(edit, 1);
        m_sections[section] = edit;
    }
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(content);
}

void DecisionSectionsTab::load(const Decision &decision)
{
    for (const auto &[section, edit] : m_sections)
        edit->setPlainText(decision.section(section));
}

void DecisionSectionsTab::apply(Decision &decision) const
{
    for (const auto &[section, edit] : m_sections)
        decision.setSection(section, edit->toPlainText());
}

void DecisionSectionsTab::setEditable(bool editable)
{
    for (const auto &[section, edit] : m_sections)
        edit->setReadOnly(!editable);
}

void DecisionSectionsTab::addFields(FieldProblemMarker &marker)
{
    for (const auto &[section, edit] : m_sections) {
        marker.add(sectionKey(section), edit);
        // Editing a section takes away its mark: the user is dealing with it.
        connect(edit, &QPlainTextEdit::textChanged, this, [&marker, field = edit] {
            marker.clear(field);
        });
    }
}

} // namespace fremdrift
