#include "decisions/decisiondatesform.h"

#include "decisions/decisioneditortext.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "widgets/fieldproblemmarker.h"
#include "widgets/optionaldateedit.h"
#include "widgets/windowhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace fremdrift {

namespace {

// A date that may be left empty, saying so with `noDateText`.
OptionalDateEdit *createDateEdit(QWidget *parent, const QString &name, const QString &noDateText)
{
    auto *edit = new OptionalDateEdit(parent);
    edit->setObjectName(name);
    edit->setSpecialValueText(noDateText);
    return edit;
}

void fillLegalBases(QComboBox *combo, const JurisdictionProfile &profile)
{
    combo->addItem(DecisionEditorText::tr("Choose the legal basis…"), QString());
    for (const LegalBasis &basis : profile.legalBases) {
        const QString text
            = basis.citation() + QStringLiteral(" – ") + basis.title.text(profile.language);
        combo->addItem(text, basis.code);
        combo->setItemData(combo->count() - 1,
                           QString(basis.law.text(profile.language) + u' ' + basis.section),
                           Qt::ToolTipRole);
    }
}

} // namespace

DecisionDatesForm::DecisionDatesForm(const JurisdictionProfile &profile, QWidget *parent)
    : QWidget(parent)
{
    createLegalBasis(profile);
    createDates();
    layOut();
}

void DecisionDatesForm::createLegalBasis(const JurisdictionProfile &profile)
{
    m_legalBasis = new QComboBox(this);
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    // Citations and titles are long; the popup shows them whole, the box elides.
    m_legalBasis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_legalBasis->setMinimumContentsLength(40);
    fillLegalBases(m_legalBasis, profile);
    m_legalBasisText = new QLineEdit(this);
    m_legalBasisText->setObjectName(QStringLiteral("legalBasisText"));
    m_legalBasisText->setReadOnly(true);
    m_legalBasisText->hide();
}

void DecisionDatesForm::createDates()
{
    const QString noDate = DecisionEditorText::tr("Not set");
    m_validFrom = createDateEdit(this, QStringLiteral("validFrom"), noDate);
    m_noEndDate = new QCheckBox(DecisionEditorText::tr("&No end date"), this);
    m_noEndDate->setObjectName(QStringLiteral("noEndDate"));
    m_noEndDate->setToolTip(DecisionEditorText::tr("Decisions on long-term services usually have "
                                                   "no fixed end date; they are evaluated "
                                                   "instead."));
    m_validTo = createDateEdit(this, QStringLiteral("validTo"), noDate);
    m_evaluationDate = createDateEdit(this, QStringLiteral("evaluationDate"), noDate);
    m_evaluationDate->setToolTip(DecisionEditorText::tr("Required: the letter must say when the "
                                                        "decision will be evaluated."));
    connect(m_noEndDate, &QCheckBox::toggled, this, [this](bool none) {
        m_validTo->setEnabled(!none && m_editable);
    });
}

void DecisionDatesForm::layOut()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buddyLabel(DecisionEditorText::tr("&Legal basis:"), m_legalBasis, this), 0, 0);
    grid->addWidget(m_legalBasis, 0, 1, 1, 5);
    grid->addWidget(m_legalBasisText, 0, 1, 1, 5);
    grid->addWidget(buddyLabel(DecisionEditorText::tr("Valid &from:"), m_validFrom, this), 1, 0);
    grid->addWidget(m_validFrom, 1, 1);
    grid->addWidget(m_noEndDate, 1, 2);
    grid->addWidget(buddyLabel(DecisionEditorText::tr("&Until:"), m_validTo, this), 1, 3);
    grid->addWidget(m_validTo, 1, 4);
    grid->addWidget(buddyLabel(DecisionEditorText::tr("&Evaluation:"), m_evaluationDate, this), 2, 0);
    grid->addWidget(m_evaluationDate, 2, 1);
    grid->setColumnStretch(5, 1);
}

void DecisionDatesForm::load(const Decision &decision)
{
    const int basis = m_legalBasis->findData(decision.legalBasis);
    if (basis < 0 && !decision.legalBasis.isEmpty()) // no longer in the catalogue: keep it
        m_legalBasis->addItem(decision.legalBasis, decision.legalBasis);
    m_legalBasis->setCurrentIndex(std::max(0, m_legalBasis->findData(decision.legalBasis)));
    m_legalBasisText->setText(decision.legalBasis.isEmpty() ? QString()
                                                            : m_legalBasis->currentText());
    m_legalBasisText->setCursorPosition(0);
    m_validFrom->setOptionalDate(decision.validFrom);
    m_noEndDate->setChecked(!decision.validTo.isValid());
    m_validTo->setOptionalDate(decision.validTo);
    m_evaluationDate->setOptionalDate(decision.evaluationDate);
}

void DecisionDatesForm::apply(Decision &decision) const
{
    decision.legalBasis = legalBasis();
    decision.validFrom = m_validFrom->optionalDate();
    decision.validTo = m_noEndDate->isChecked() ? QDate() : m_validTo->optionalDate();
    decision.evaluationDate = m_evaluationDate->optionalDate();
}

void DecisionDatesForm::setEditable(bool editable)
{
    m_editable = editable;
    m_legalBasis->setVisible(editable);
    m_legalBasisText->setVisible(!editable);
    m_validFrom->setReadOnly(!editable);
    m_evaluationDate->setReadOnly(!editable);
    m_validTo->setReadOnly(!editable);
    m_validTo->setEnabled(editable && !m_noEndDate->isChecked());
    m_noEndDate->setEnabled(editable);
}

QString DecisionDatesForm::legalBasis() const
{
    return m_legalBasis->currentData().toString();
}

void DecisionDatesForm::addFields(FieldProblemMarker &marker)
{
    marker.add(QStringLiteral("legal_basis"), m_legalBasis);
    marker.add(QStringLiteral("valid_from"), m_validFrom);
    marker.add(QStringLiteral("valid_to"), m_validTo);
    marker.add(QStringLiteral("evaluation_date"), m_evaluationDate);
    clearMarksOnEdit(marker);
}

// Editing a field takes away its mark: the user is dealing with it.
void DecisionDatesForm::clearMarksOnEdit(FieldProblemMarker &marker)
{
    auto clearMark = [&marker](QWidget *field) {
        return [&marker, field] {
            marker.clear(field);
        };
    };
    connect(m_legalBasis, &QComboBox::currentIndexChanged, this, clearMark(m_legalBasis));
    connect(m_validFrom, &QDateEdit::dateChanged, this, clearMark(m_validFrom));
    connect(m_validTo, &QDateEdit::dateChanged, this, clearMark(m_validTo));
    connect(m_noEndDate, &QCheckBox::toggled, this, clearMark(m_validTo));
    connect(m_evaluationDate, &QDateEdit::dateChanged, this, clearMark(m_evaluationDate));
}

} // namespace fremdrift
