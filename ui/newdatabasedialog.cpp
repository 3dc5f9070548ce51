#include "newdatabasedialog.h"
#include "ui_newdatabasedialog.h"

#include "jurisdictionnames.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace fremdrift {

NewDatabaseDialog::NewDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewDatabaseDialog>())
{
    m_ui->setupUi(this);
    for (const QString &text : jurisdictionCodeTexts()) {
        const auto code = *parseJurisdictionCode(text);
        m_ui->jurisdictionCombo->addItem(jurisdictionName(code), text);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_ui->errorLabel->hide();
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewDatabaseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewDatabaseDialog::reject);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, m_ui->errorLabel, &QLabel::hide);
    // Demo data carries test ID numbers: a database with it is a test database.
    connect(m_ui->demoCheck, &QCheckBox::toggled, this, [this](bool demo) {
        if (demo)
            m_ui->testDataCheck->setChecked(true);
        m_ui->testDataCheck->setEnabled(!demo);
    });
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

void NewDatabaseDialog::setPath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

void NewDatabaseDialog::setJurisdiction(JurisdictionCode code)
{
    m_ui->jurisdictionCombo->setCurrentIndex(
        m_ui->jurisdictionCombo->findData(jurisdictionCodeText(code)));
}

void NewDatabaseDialog::setFillWithDemoData(bool fill)
{
    m_ui->demoCheck->setChecked(fill);
}

QString NewDatabaseDialog::path() const
{
    return QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
}

JurisdictionCode NewDatabaseDialog::jurisdiction() const
{
    return parseJurisdictionCode(m_ui->jurisdictionCombo->currentData().toString())
        .value_or(JurisdictionCode::Norway);
}

QString NewDatabaseDialog::officeName() const
{
    return m_ui->officeEdit->text().trimmed();
}

bool NewDatabaseDialog::fillWithDemoData() const
{
    return m_ui->demoCheck->isChecked();
}

bool NewDatabaseDialog::isTestDatabase() const
{
    return m_ui->testDataCheck->isChecked();
}

Database::CreateOptions NewDatabaseDialog::createOptions() const
{
    Database::CreateOptions options;
    options.jurisdiction = jurisdiction();
    options.officeName = officeName();
    options.testData = isTestDatabase();
    return options;
}

QString NewDatabaseDialog::problemWithPath() const
{
    if (path().isEmpty())
        return tr("Choose a file for the new database.");
    const QFileInfo file(path());
    if (!file.absoluteDir().exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    if (file.exists())
        return tr("There is already a file with this name. Choose another name, or open the "
                  "file from the File menu.");
    return {};
}

void NewDatabaseDialog::accept()
{
    const QString problem = problemWithPath();
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        m_ui->pathEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void NewDatabaseDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this,
        tr("New database"),
        path(),
        tr("Fremdrift databases (*.sqlite *.fremdrift *.db)"),
        nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace fremdrift
