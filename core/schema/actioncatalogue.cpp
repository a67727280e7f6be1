// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actioncatalogue.h"

#include "diagnostics/editdistance.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

constexpr Platforms Linux = platformBit(Platform::Linux);
constexpr Platforms Windows = platformBit(Platform::Windows);
constexpr Platforms Darwin = platformBit(Platform::Darwin);
constexpr Platforms NotWindows = Linux | Darwin;

enum Need { Optional, Required };

// Small builders so the table below reads like the spec's tables.
InputSpec in(const QString &name, InputType type, Need need, const QString &doc,
             const QString &defaultValue = {})
{
    InputSpec s;
    s.name = name;
    s.type = type;
    s.required = need == Required;
    s.defaultValue = defaultValue;
    s.doc = doc;
    return s;
}

InputSpec oneOf(InputSpec s, QStringList values, bool caseInsensitive = false)
{
    s.allowedValues = std::move(values);
    s.caseInsensitive = caseInsensitive;
    return s;
}

InputSpec only(InputSpec s, Platforms platforms)
{
    s.platforms = platforms;
    return s;
}

// Inputs shared by several file-system modules.
InputSpec encodingInput(const QString &what)
{
    return oneOf(in(u"encoding"_s, InputType::String, Optional,
                    what + u" Case-insensitive; utf16 and utf32 without a suffix mean "
                           "little-endian."_s,
                    u"utf8"_s),
                 {u"utf8"_s, u"utf-8"_s, u"utf16"_s, u"utf-16"_s, u"utf16-LE"_s, u"utf-16-LE"_s,
                  u"utf16-BE"_s, u"utf-16-BE"_s, u"utf32"_s, u"utf-32"_s, u"utf32-LE"_s,
                  u"utf-32-LE"_s, u"utf32-BE"_s, u"utf-32-BE"_s},
                 true);
}

InputSpec overwriteInput(const QString &what)
{
    return in(u"overwrite"_s, InputType::Boolean, Optional, what, u"true"_s);
}

InputSpec pathInput(const QString &doc)
{
    return in(u"path"_s, InputType::String, Required, doc);
}

InputSpec sourceInput(const QString &doc)
{
    return in(u"source"_s, InputType::String, Required, doc);
}

InputSpec destinationInput(const QString &doc)
{
    return in(u"destination"_s, InputType::String, Required, doc);
}

InputSpec permissionsInput(Need need, const QString &doc, const QString &defaultValue = {})
{
    InputSpec s = in(u"permissions"_s, InputType::Permissions, need, doc, defaultValue);
    s.platforms = NotWindows;
    // Three or four octal digits; the spec says string, the examples write bare 0755/766.
    s.pattern = u"0?[0-7]{3,4}"_s;
    s.patternHint = u"three or four octal digits such as '0755'"_s;
    return s;
}

InputSpec matching(InputSpec s, const QString &pattern, const QString &hint)
{
    s.pattern = pattern;
    s.patternHint = hint;
    return s;
}

InputSpec worksWith(InputSpec s, const QString &other)
{
    s.worksWith = other;
    return s;
}

// [REC] AWS elides the list of forbidden MSI properties; these two would fight the
// `reboot` input.
InputSpec reserving(InputSpec s, QStringList keys)
{
    s.reservedKeys = std::move(keys);
    return s;
}

const QString s3Uri = u"[sS]3://[^/]+.*"_s;

InputSpec recursiveInput(const QString &doc, const QString &defaultValue)
{
    return in(u"recursive"_s, InputType::Boolean, Optional, doc, defaultValue);
}

const QString copyNaming =
    u" Text after the last path separator names the target; a destination ending in a "
    "separator keeps the source name inside that folder. Missing folders are created."_s;

std::vector<ActionSpec> buildCatalogue()
{
    std::vector<ActionSpec> a;
    auto add = [&a](ActionSpec spec) -> ActionSpec & {
        a.push_back(std::move(spec));
        return a.back();
    };

    // --- General execution -------------------------------------------------------
    {
        ActionSpec s;
        s.name = u"Assert"_s;
        s.icon = u"dialog-ok-apply"_s;
        s.category = u"General execution"_s;
        s.shape = InputShape::Condition;
        s.doc = u"Fails the step unless a condition holds. The inputs are one comparison "
                "operator (for example stringEquals with its value) or one logical operator "
                "(and, or, not) written directly under 'inputs'. A false condition fails the "
                "step, so onFailure and maxAttempts apply."_s;
        s.example = u"- name: VersionIs211\n"
                    "  action: Assert\n"
                    "  inputs:\n"
                    "    stringEquals: '2.1.1'\n"
                    "    value: '{{ validate.GetVersion.outputs.stdout }}'\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"ExecuteBash"_s;
        s.icon = u"utilities-terminal"_s;
        s.category = u"General execution"_s;
        s.platforms = NotWindows;
        s.inputs = {in(u"commands"_s, InputType::StringList, Required,
                       u"Bash commands. All entries are written, in order, into one script and "
                       "run with bash, so a variable set in one entry is visible in the next. "
                       "Block scalars (|) hold multi-line scripts. Exit 194 asks for a reboot and "
                       "re-runs the step afterwards."_s)};
        s.outputs = {{u"stdout"_s, u"The script's standard output."_s}};
        s.doc = u"Runs a bash script built from the commands list. The script's exit code is "
                "the step's result: 0 succeeds, 194 requests a reboot (the step runs again "
                "after it), anything else fails."_s;
        s.example = u"- name: SayHello\n"
                    "  action: ExecuteBash\n"
                    "  inputs:\n"
                    "    commands:\n"
                    "      - echo \"hello\"\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"ExecuteBinary"_s;
        s.icon = u"utilities-terminal"_s;
        s.category = u"General execution"_s;
        s.inputs = {in(u"path"_s, InputType::String, Required,
                       u"The executable to run: an absolute path or a name found on the PATH."_s),
                    in(u"arguments"_s, InputType::StringList, Optional,
                       u"Arguments passed as they are, one list item per argument; no shell "
                       "parses them, so quotes and wildcards are literal."_s)};
        s.outputs = {{u"stdout"_s, u"The program's standard output."_s}};
        s.doc = u"Runs a program with a list of arguments, without a shell. The exit code is "
                "the step's result; 194 (Linux) or 3010 (Windows) requests a reboot."_s;
        s.example = u"- name: ShowVersion\n"
                    "  action: ExecuteBinary\n"
                    "  inputs:\n"
                    "    path: /usr/bin/python3\n"
                    "    arguments:\n"
                    "      - --version\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"ExecuteDocument"_s;
        s.icon = u"utilities-terminal"_s;
        s.category = u"General execution"_s;
        s.runsOnce = true;
        s.inputs = {
            in(u"document"_s, InputType::String, Required,
               u"The component document to run: a local path, an s3://bucket/key URI or an Image "
               "Builder component ARN."_s),
            in(u"document-s3-bucket-owner"_s, InputType::String, Optional,
               u"Account ID expected to own the S3 bucket of an s3:// document."_s),
            in(u"phases"_s, InputType::String, Optional,
               u"Comma-separated phases of the nested document to run (for example "
               "build,validate). All phases when omitted."_s),
            in(u"parameters"_s, InputType::NameValueList, Optional,
               u"Parameters for the nested document, as a list of {name, value} entries."_s)};
        s.outputs = {{u"executedStepCount"_s, u"Steps the nested document ran."_s},
                     {u"executionId"_s, u"Execution ID of the nested run."_s},
                     {u"failedStepCount"_s, u"Steps of the nested run that failed."_s},
                     {u"failureMessage"_s, u"Why the nested run failed, or empty."_s},
                     {u"ignoredFailedStepCount"_s,
                      u"Failed steps of the nested run whose onFailure is Ignore."_s},
                     {u"logUrl"_s, u"Where the nested run's logs went, or empty."_s},
                     {u"status"_s, u"Status of the nested run (success, failed, ...)."_s}};
        s.doc = u"Runs another component document as a nested execution, validated when it "
                "starts. It runs once: timeoutSeconds stays -1 and maxAttempts 1. Nesting is "
                "limited to three levels and a document may not call itself or an ancestor."_s;
        s.example = u"- name: RunSample\n"
                    "  action: ExecuteDocument\n"
                    "  inputs:\n"
                    "    document: Sample-1.yaml\n"
                    "    phases: build\n"
                    "    parameters:\n"
                    "      - name: Greeting\n"
                    "        value: hello\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"ExecutePowerShell"_s;
        s.icon = u"utilities-terminal"_s;
        s.category = u"General execution"_s;
        s.platforms = Windows;
        s.exactlyOneOf = {u"commands"_s, u"file"_s};
        InputSpec file = in(u"file"_s, InputType::String, Optional,
                            u"Path of a PowerShell script (.ps1) to run with -File. Give either "
                            "commands or file, not both."_s);
        file.mustEndWith = u".ps1"_s;
        s.inputs = {in(u"commands"_s, InputType::StringList, Optional,
                       u"PowerShell commands, written in order into one script and run with "
                       "Windows PowerShell. Give either commands or file, not both."_s),
                    file};
        s.outputs = {{u"stdout"_s, u"The script's standard output."_s}};
        s.doc = u"Runs PowerShell commands or a .ps1 file. The exit code is the step's result; "
                "3010 requests a reboot (the step runs again after it)."_s;
        s.example = u"- name: SayHello\n"
                    "  action: ExecutePowerShell\n"
                    "  inputs:\n"
                    "    commands:\n"
                    "      - Write-Host 'hello'\n"_s;
        add(std::move(s));
    }

    // --- Download and upload ----------------------------------------------------------
    {
        ActionSpec s;
        s.name = u"S3Download"_s;
        s.icon = u"folder-download"_s;
        s.category = u"Download and upload"_s;
        s.shape = InputShape::List;
        s.inputs = {
            matching(sourceInput(u"The S3 object, s3://bucket/key, or every object under a "
                                 "prefix, s3://bucket/prefix/* (recursively)."_s),
                     s3Uri, u"an s3://bucket/key URI"_s),
            destinationInput(u"Local path. For one object include the file name; parent "
                             "folders must already exist."_s),
            in(u"expectedBucketOwner"_s, InputType::String, Optional,
               u"Account ID expected to own the source bucket."_s),
            overwriteInput(u"Replace a file that already exists. When false, an existing file "
                           "fails the download."_s)};
        s.doc = u"Downloads S3 objects to local files, one list entry per download. A prefix "
                "download fetches at most 1000 objects and is not rolled back on failure."_s;
        s.example = u"- name: DownloadInstaller\n"
                    "  action: S3Download\n"
                    "  inputs:\n"
                    "    - source: s3://my-bucket/installer.sh\n"
                    "      destination: /tmp/installer.sh\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"S3Upload"_s;
        s.icon = u"folder-download"_s;
        s.category = u"Download and upload"_s;
        s.shape = InputShape::List;
        InputSpec recurse = in(u"recurse"_s, InputType::Boolean, Optional,
                               u"Upload folders recursively. Without it a wildcard source "
                               "uploads only the files directly in the folder. AWS documents "
                               "this as a string, so \"true\" is accepted as well as true."_s,
                               u"false"_s);
        recurse.acceptsBooleanString = true;
        s.inputs = {sourceInput(u"Local file or folder; a * wildcard selects several files "
                                "(for example /var/log/*)."_s),
                    matching(destinationInput(u"s3://bucket/key for one file or "
                                              "s3://bucket/prefix/ for several."_s),
                             s3Uri, u"an s3://bucket/key URI"_s),
                    recurse,
                    in(u"expectedBucketOwner"_s, InputType::String, Optional,
                       u"Account ID expected to own the destination bucket."_s)};
        s.doc = u"Uploads local files or folders to S3, one list entry per upload. Partial "
                "uploads are not rolled back."_s;
        s.example = u"- name: UploadLogs\n"
                    "  action: S3Upload\n"
                    "  inputs:\n"
                    "    - source: /var/log/app/*\n"
                    "      destination: s3://my-bucket/logs/\n"
                    "      recurse: true\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"WebDownload"_s;
        s.icon = u"folder-download"_s;
        s.category = u"Download and upload"_s;
        s.shape = InputShape::List;
        s.inputs = {
            matching(sourceInput(u"HTTP or HTTPS URL. Redirects are followed; a final "
                                 "status other than 200 fails the download."_s),
                     u"[hH][tT][tT][pP][sS]?://.+"_s, u"an http:// or https:// URL"_s),
            destinationInput(u"Local path. A path ending in a separator is a folder and the "
                             "file name comes from the URL. Missing folders are created."_s),
            overwriteInput(u"Replace a file that already exists. With checksum and algorithm "
                           "set, a matching existing file is kept and not downloaded again."_s),
            worksWith(in(u"checksum"_s, InputType::String, Optional,
                         u"Expected hash of the downloaded file, checked only when algorithm "
                         "is also set."_s),
                      u"algorithm"_s),
            worksWith(oneOf(in(u"algorithm"_s, InputType::String, Optional,
                               u"Hash algorithm of checksum."_s),
                            {u"MD5"_s, u"SHA1"_s, u"SHA256"_s, u"SHA512"_s}),
                      u"checksum"_s),
            in(u"ignoreCertificateErrors"_s, InputType::Boolean, Optional,
               u"Skip TLS certificate validation. Use only for test servers."_s, u"false"_s)};
        s.outputs = {{u"destination"_s,
                      u"The local paths written, one per input entry, separated by new "
                      "lines."_s}};
        s.doc = u"Downloads files over HTTP(S), one list entry per file, with up to five "
                "internal attempts per download and optional checksum verification."_s;
        s.example = u"- name: DownloadTool\n"
                    "  action: WebDownload\n"
                    "  inputs:\n"
                    "    - source: https://example.com/tool.tar.gz\n"
                    "      destination: /tmp/\n"
                    "      checksum: '{{ ToolSha256 }}'\n"
                    "      algorithm: SHA256\n"_s;
        add(std::move(s));
    }

    // --- File system ---------------------------------------------------------------
    auto fileModule = [&add](const QString &name, Platforms platforms, const QString &doc,
                             std::vector<InputSpec> inputs, const QString &example,
                             std::vector<OutputSpec> outputs = {}) {
        ActionSpec s;
        s.name = name;
        s.category = u"File system"_s;
        s.icon = name.contains(u"Folder") ? u"folder"_s : u"text-x-generic"_s;
        s.platforms = platforms;
        s.shape = InputShape::List;
        s.inputs = std::move(inputs);
        s.outputs = std::move(outputs);
        s.doc = doc;
        s.example = example;
        add(std::move(s));
    };
    fileModule(u"AppendFile"_s, AllPlatforms,
               u"Appends text to the end of an existing file. Fails when the file does not "
               "exist."_s,
               {pathInput(u"The file to append to; it must exist."_s),
                in(u"content"_s, InputType::String, Optional, u"The text to append."_s),
                encodingInput(u"Encoding of the appended text."_s)},
               u"- name: AddLine\n"
               "  action: AppendFile\n"
               "  inputs:\n"
               "    - path: /etc/motd\n"
               "      content: \"Built by Image Builder\\n\"\n"_s);
    fileModule(u"CopyFile"_s, AllPlatforms,
               u"Copies files, like cp. Destination folders are created."_s,
               {sourceInput(u"The file to copy; a * wildcard in the file name selects several "
                            "files (then the destination must be a folder ending in a "
                            "separator)."_s),
                destinationInput(u"Where the copy goes."_s + copyNaming),
                overwriteInput(u"Replace an existing file. When false, an existing target fails "
                               "the step."_s)},
               u"- name: CopyConfig\n"
               "  action: CopyFile\n"
               "  inputs:\n"
               "    - source: /tmp/app.conf\n"
               "      destination: /etc/app/app.conf\n"_s);
    fileModule(u"CopyFolder"_s, AllPlatforms,
               u"Copies folders with their contents. Destination folders are created."_s,
               {sourceInput(u"The folder to copy; a * wildcard in the last component selects "
                            "several folders."_s),
                destinationInput(u"Where the copy goes."_s + copyNaming),
                overwriteInput(u"Replace an existing folder. When false, an existing target "
                               "fails the step."_s)},
               u"- name: CopySite\n"
               "  action: CopyFolder\n"
               "  inputs:\n"
               "    - source: /tmp/site\n"
               "      destination: /var/www/\n"_s);
    fileModule(
        u"CreateFile"_s, AllPlatforms,
        u"Creates a text file with the given content, creating parent folders. An existing "
        "file is overwritten unless overwrite is false. owner, group and permissions are "
        "not available on Windows."_s,
        {pathInput(u"The file to create."_s),
         in(u"content"_s, InputType::String, Optional,
            u"The file's text; an empty file when omitted."_s),
         encodingInput(u"Encoding of the file."_s),
         only(in(u"owner"_s, InputType::String, Optional,
                 u"User name or ID that will own the file."_s),
              NotWindows),
         only(in(u"group"_s, InputType::String, Optional, u"Group name or ID of the file."_s),
              NotWindows),
         permissionsInput(Optional,
                          u"Octal mode such as '0644'. The process umask "
                          "still applies. Quote it so YAML keeps it as text."_s,
                          u"0666"_s),
         overwriteInput(u"Replace an existing file. When false, an existing file fails the "
                        "step."_s)},
        u"- name: WriteConfig\n"
        "  action: CreateFile\n"
        "  inputs:\n"
        "    - path: /etc/app/app.conf\n"
        "      content: |\n"
        "        port=8080\n"
        "      permissions: '0644'\n"_s);
    fileModule(
        u"CreateFolder"_s, AllPlatforms,
        u"Creates a folder and its parents. owner, group and permissions are not available on "
        "Windows."_s,
        {pathInput(u"The folder to create."_s),
         only(in(u"owner"_s, InputType::String, Optional,
                 u"User name or ID that will own the folder."_s),
              NotWindows),
         only(in(u"group"_s, InputType::String, Optional, u"Group name or ID of the folder."_s),
              NotWindows),
         permissionsInput(Optional,
                          u"Octal mode such as '0755'. The process umask "
                          "still applies."_s,
                          u"0777"_s),
         overwriteInput(u"Accept a folder that already exists. When false, an existing "
                        "folder fails the step."_s)},
        u"- name: MakeAppFolder\n"
        "  action: CreateFolder\n"
        "  inputs:\n"
        "    - path: /opt/app\n"_s);
    fileModule(
        u"CreateSymlink"_s, NotWindows,
        u"Creates a symbolic link, creating parent folders. Not available on Windows."_s,
        {pathInput(u"The link to create; a relative path is made absolute."_s),
         in(u"target"_s, InputType::String, Required, u"What the link points to; it must exist."_s),
         in(u"force"_s, InputType::Boolean, Optional,
            u"Replace an existing link at path. A regular file at path is never "
            "replaced."_s,
            u"false"_s)},
        u"- name: LinkCurrent\n"
        "  action: CreateSymlink\n"
        "  inputs:\n"
        "    - path: /opt/app/current\n"
        "      target: /opt/app/1.2.3\n"_s);
    fileModule(u"DeleteFile"_s, AllPlatforms,
               u"Deletes files; a * wildcard in the file name deletes every match in that "
               "folder."_s,
               {pathInput(u"The file to delete, or a pattern such as /tmp/*.log."_s)},
               u"- name: Cleanup\n"
               "  action: DeleteFile\n"
               "  inputs:\n"
               "    - path: /tmp/installer.sh\n"_s);
    fileModule(u"DeleteFolder"_s, AllPlatforms,
               u"Deletes a folder. A folder that is not empty needs force: true."_s,
               {pathInput(u"The folder to delete."_s),
                in(u"force"_s, InputType::Boolean, Optional,
                   u"Delete the folder even when it is not empty."_s, u"false"_s)},
               u"- name: RemoveTemp\n"
               "  action: DeleteFolder\n"
               "  inputs:\n"
               "    - path: /tmp/build\n"
               "      force: true\n"_s);
    fileModule(u"ListFiles"_s, AllPlatforms,
               u"Lists the files (not folders) of a folder, optionally recursively and filtered "
               "by a name pattern."_s,
               {pathInput(u"The folder to list; it must exist."_s),
                in(u"fileNamePattern"_s, InputType::String, Optional,
                   u"Only list names matching this pattern; * is a wildcard."_s),
                recursiveInput(u"Also list files in sub-folders."_s, u"false"_s)},
               u"- name: FindLogs\n"
               "  action: ListFiles\n"
               "  inputs:\n"
               "    - path: /var/log/app\n"
               "      fileNamePattern: '*.log'\n"_s,
               {{u"files"_s, u"The paths found, separated by commas."_s}});
    fileModule(u"MoveFile"_s, AllPlatforms,
               u"Moves or renames files, like mv. Destination folders are created."_s,
               {sourceInput(u"The file to move; a * wildcard in the file name selects several "
                            "files (then the destination must be a folder ending in a "
                            "separator)."_s),
                destinationInput(u"Where the file goes."_s + copyNaming),
                overwriteInput(u"Replace an existing file. When false, an existing target "
                               "fails the step."_s)},
               u"- name: MoveConfig\n"
               "  action: MoveFile\n"
               "  inputs:\n"
               "    - source: /tmp/app.conf\n"
               "      destination: /etc/app/\n"_s);
    fileModule(u"MoveFolder"_s, AllPlatforms,
               u"Moves or renames folders. Destination folders are created."_s,
               {sourceInput(u"The folder to move; a * wildcard in the last component selects "
                            "several folders."_s),
                destinationInput(u"Where the folder goes."_s + copyNaming),
                overwriteInput(u"Replace an existing folder. When false, an existing target "
                               "fails the step."_s)},
               u"- name: MoveSite\n"
               "  action: MoveFolder\n"
               "  inputs:\n"
               "    - source: /tmp/site\n"
               "      destination: /var/www/site\n"_s);
    fileModule(u"ReadFile"_s, AllPlatforms,
               u"Reads a text file into the step's content output, following symlinks."_s,
               {pathInput(u"The file to read; it must exist."_s),
                encodingInput(u"Encoding of the file."_s),
                in(u"printFileContent"_s, InputType::Boolean, Optional,
                   u"Also print the content to the console log."_s, u"false"_s)},
               u"- name: ReadVersion\n"
               "  action: ReadFile\n"
               "  inputs:\n"
               "    - path: /opt/app/VERSION\n"_s,
               {{u"content"_s, u"The text of the file."_s}});
    fileModule(u"SetFileEncoding"_s, AllPlatforms,
               u"Re-encodes an existing UTF-8 file to another encoding."_s,
               {pathInput(u"The file to re-encode; it must exist."_s),
                encodingInput(u"The new encoding."_s)},
               u"- name: ToUtf16\n"
               "  action: SetFileEncoding\n"
               "  inputs:\n"
               "    - path: /tmp/report.txt\n"
               "      encoding: utf-16\n"_s);
    fileModule(u"SetFileOwner"_s, NotWindows,
               u"Changes the owner (and group) of a file, like chown. For a symlink, the "
               "target's owner changes. Not available on Windows."_s,
               {pathInput(u"The file."_s),
                in(u"owner"_s, InputType::String, Required, u"User name or ID of the new owner."_s),
                in(u"group"_s, InputType::String, Optional,
                   u"Group name or ID; the owner's group when omitted."_s)},
               u"- name: OwnConfig\n"
               "  action: SetFileOwner\n"
               "  inputs:\n"
               "    - path: /etc/app/app.conf\n"
               "      owner: app\n"_s);
    fileModule(u"SetFolderOwner"_s, NotWindows,
               u"Changes the owner (and group) of a folder and, by default, everything in it. "
               "Not available on Windows."_s,
               {pathInput(u"The folder."_s),
                in(u"owner"_s, InputType::String, Required, u"User name or ID of the new owner."_s),
                in(u"group"_s, InputType::String, Optional,
                   u"Group name or ID; the owner's group when omitted."_s),
                recursiveInput(u"Also change everything inside the folder."_s, u"true"_s)},
               u"- name: OwnAppFolder\n"
               "  action: SetFolderOwner\n"
               "  inputs:\n"
               "    - path: /opt/app\n"
               "      owner: app\n"
               "      group: app\n"_s);
    fileModule(
        u"SetFilePermissions"_s, NotWindows,
        u"Changes the mode of a file, like chmod. Not available on Windows."_s,
        {pathInput(u"The file."_s),
         permissionsInput(Required, u"Octal mode such as '0755' or '644'. Quote it so YAML keeps "
                                    "the digits as written."_s)},
        u"- name: MakeExecutable\n"
        "  action: SetFilePermissions\n"
        "  inputs:\n"
        "    - path: /opt/app/run.sh\n"
        "      permissions: '0755'\n"_s);
    fileModule(u"SetFolderPermissions"_s, NotWindows,
               u"Changes the mode of a folder and, by default, everything in it. Not available "
               "on Windows."_s,
               {pathInput(u"The folder."_s),
                permissionsInput(Required, u"Octal mode such as '0755'. Quote it so YAML keeps "
                                           "the digits as written."_s),
                recursiveInput(u"Also change everything inside the folder."_s, u"true"_s)},
               u"- name: OpenShare\n"
               "  action: SetFolderPermissions\n"
               "  inputs:\n"
               "    - path: /srv/share\n"
               "      permissions: '0775'\n"_s);

    // --- Software installation (Windows) ---------------------------------------------
    auto msiModule = [&add](const QString &name, const QString &doc, const QString &example) {
        ActionSpec s;
        s.name = name;
        s.category = u"Software installation"_s;
        s.icon = u"system-software-update"_s;
        s.platforms = Windows;
        InputSpec logOptions = in(u"logOptions"_s, InputType::String, Optional,
                                  u"msiexec /L logging flags, from the characters "
                                  "i w e a r u c m o p v x + ! *."_s,
                                  u"*VX"_s);
        logOptions.patternHint = u"characters from i w e a r u c m o p v x + ! *"_s;
        logOptions.pattern = u"[iwearucmopvxIWEARUCMOPVX+!*]+"_s;
        s.inputs = {in(u"path"_s, InputType::String, Required,
                       u"The .msi file: a local path, an s3:// URI or an HTTP(S) URL."_s),
                    oneOf(in(u"reboot"_s, InputType::String, Optional,
                             u"What to do after a successful run: Allow (reboot when the installer "
                             "asks), Force (always reboot) or Skip (never reboot)."_s,
                             u"Allow"_s),
                          {u"Allow"_s, u"Force"_s, u"Skip"_s}),
                    logOptions,
                    in(u"logFile"_s, InputType::String, Optional,
                       u"Where msiexec writes its log; no MSI log when omitted."_s),
                    reserving(in(u"properties"_s, InputType::StringMap, Optional,
                                 u"Public MSI properties as NAME: value pairs. REBOOT and "
                                 "REBOOTPROMPT are controlled by the reboot input."_s),
                              {u"REBOOT"_s, u"REBOOTPROMPT"_s}),
                    in(u"ignoreAuthenticodeSignatureErrors"_s, InputType::Boolean, Optional,
                       u"Continue when the installer's Authenticode signature does not verify."_s,
                       u"false"_s),
                    in(u"allowUnsignedInstaller"_s, InputType::Boolean, Optional,
                       u"Allow an installer without a signature."_s, u"false"_s)};
        s.outputs = {{u"logFile"_s, u"The MSI log path."_s},
                     {u"msiExitCode"_s, u"msiexec's exit code."_s},
                     {u"stdout"_s, u"msiexec's standard output."_s}};
        s.doc = doc;
        s.example = example;
        add(std::move(s));
    };
    msiModule(u"InstallMSI"_s,
              u"Installs a Windows Installer package with msiexec. Exit codes 0, 1614, 1641 and "
              "3010 count as success."_s,
              u"- name: InstallAgent\n"
              "  action: InstallMSI\n"
              "  inputs:\n"
              "    path: C:\\Temp\\agent.msi\n"
              "    reboot: Skip\n"
              "    properties:\n"
              "      INSTALLDIR: C:\\Agent\n"_s);
    msiModule(u"UninstallMSI"_s,
              u"Removes a Windows Installer package with msiexec. Exit codes 0, 1605, 1614, 1641 "
              "and 3010 count as success."_s,
              u"- name: RemoveAgent\n"
              "  action: UninstallMSI\n"
              "  inputs:\n"
              "    path: C:\\Temp\\agent.msi\n"_s);

    // --- System ----------------------------------------------------------------------
    {
        ActionSpec s;
        s.name = u"Reboot"_s;
        s.icon = u"system-reboot"_s;
        s.category = u"System"_s;
        s.timeoutAllowed = false;
        s.inputs = {in(u"delaySeconds"_s, InputType::Integer, Optional,
                       u"Seconds to wait before rebooting."_s, u"0"_s)};
        s.doc = u"Reboots the instance; the run continues with the next step afterwards. "
                "timeoutSeconds does not apply. Kiln simulates the reboot locally."_s;
        s.example = u"- name: RebootAfterUpdates\n"
                    "  action: Reboot\n"
                    "  inputs:\n"
                    "    delaySeconds: 60\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"SetRegistry"_s;
        s.icon = u"preferences-system"_s;
        s.category = u"System"_s;
        s.platforms = Windows;
        s.shape = InputShape::List;
        InputSpec path = in(u"path"_s, InputType::String, Required,
                            u"Registry key, starting with HKEY_LOCAL_MACHINE (HKLM:), "
                            "HKEY_CURRENT_USER (HKCU:), HKEY_CLASSES_ROOT (HKCR:), HKEY_USERS "
                            "(HKU:) or HKEY_CURRENT_CONFIG (HKCC:). Missing keys are created."_s);
        path.patternHint = u"a key starting with a hive such as HKLM: or HKEY_LOCAL_MACHINE"_s;
        path.pattern = u"(HKEY_CLASSES_ROOT|HKCR:|HKEY_USERS|HKU:|HKEY_LOCAL_MACHINE|HKLM:|"
                       "HKEY_CURRENT_CONFIG|HKCC:|HKEY_CURRENT_USER|HKCU:).*"_s;
        s.inputs = {
            path, in(u"name"_s, InputType::String, Required, u"Name of the value to set."_s),
            in(u"value"_s, InputType::Any, Required,
               u"The data: text, a number, or a list of strings for MULTI_SZ."_s),
            oneOf(in(u"type"_s, InputType::String, Required, u"Registry value type."_s),
                  {u"BINARY"_s, u"DWORD"_s, u"QWORD"_s, u"SZ"_s, u"EXPAND_SZ"_s, u"MULTI_SZ"_s})};
        s.doc = u"Sets Windows registry values, one list entry per value, creating missing "
                "keys."_s;
        s.example = u"- name: DisableTelemetry\n"
                    "  action: SetRegistry\n"
                    "  inputs:\n"
                    "    - path: HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\DataCollection\n"
                    "      name: AllowTelemetry\n"
                    "      value: 0\n"
                    "      type: DWORD\n"_s;
        add(std::move(s));
    }
    {
        ActionSpec s;
        s.name = u"UpdateOS"_s;
        s.icon = u"system-software-update"_s;
        s.category = u"System"_s;
        s.platforms = Linux | Windows;
        s.inputs = {in(u"include"_s, InputType::StringList, Optional,
                       u"Only these updates: package names on Linux; KB IDs (KB1234567) or "
                       "title patterns such as '*Security*' on Windows."_s),
                    in(u"exclude"_s, InputType::StringList, Optional,
                       u"Updates to leave out, in the same forms as include."_s)};
        s.doc = u"Installs operating-system updates (all of them unless include is given), "
                "with yum or apt-get on Linux and Windows Update on Windows. Not available on "
                "macOS."_s;
        s.example = u"- name: UpdateEverything\n"
                    "  action: UpdateOS\n"_s;
        add(std::move(s));
    }
    return a;
}

} // namespace

Platforms platformFromName(QStringView name)
{
    if (name.compare(u"linux", Qt::CaseInsensitive) == 0)
        return Linux;
    if (name.compare(u"windows", Qt::CaseInsensitive) == 0)
        return Windows;
    if (name.compare(u"darwin", Qt::CaseInsensitive) == 0 ||
        name.compare(u"macos", Qt::CaseInsensitive) == 0)
        return Darwin;
    return 0;
}

QString platformNames(Platforms platforms)
{
    QStringList names;
    if (platforms & Linux)
        names << u"Linux"_s;
    if (platforms & Windows)
        names << u"Windows"_s;
    if (platforms & Darwin)
        names << u"macOS"_s;
    return names.join(u", ");
}

QString platformOptionName(Platforms platform)
{
    if (platform & Linux)
        return u"linux"_s;
    if (platform & Windows)
        return u"windows"_s;
    if (platform & Darwin)
        return u"darwin"_s;
    return {};
}

QString inputTypeName(InputType type)
{
    switch (type) {
    case InputType::String:
        return u"string"_s;
    case InputType::Boolean:
        return u"boolean"_s;
    case InputType::Integer:
        return u"integer"_s;
    case InputType::Permissions:
        return u"octal permissions"_s;
    case InputType::StringList:
        return u"list of strings"_s;
    case InputType::StringMap:
        return u"map of strings"_s;
    case InputType::NameValueList:
        return u"list of {name, value}"_s;
    case InputType::Any:
        return u"string, number or list"_s;
    }
    return {};
}

bool InputSpec::allows(QStringView value) const
{
    if (allowedValues.isEmpty())
        return true;
    const Qt::CaseSensitivity cs = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    return std::any_of(allowedValues.begin(), allowedValues.end(),
                       [&](const QString &v) { return v.compare(value, cs) == 0; });
}

QVariant InputSpec::typedDefault() const
{
    if (defaultValue.isEmpty())
        return {};
    switch (type) {
    case InputType::Boolean:
        return defaultValue == u"true";
    case InputType::Integer:
        return defaultValue.toLongLong();
    default:
        return defaultValue;
    }
}

const InputSpec *ActionSpec::input(QStringView inputName) const
{
    for (const InputSpec &i : inputs) {
        if (i.name == inputName)
            return &i;
    }
    return nullptr;
}

bool ActionSpec::hasRequiredInputs() const
{
    return shape == InputShape::Condition ||
           std::any_of(inputs.begin(), inputs.end(),
                       [](const InputSpec &i) { return i.required; }) ||
           !exactlyOneOf.isEmpty();
}

QString ActionSpec::shortDoc() const
{
    const qsizetype end = doc.indexOf(u". ");
    return end < 0 ? doc : doc.left(end + 1);
}

const std::vector<StepFieldSpec> &stepFields()
{
    static const std::vector<StepFieldSpec> fields = {
        {u"name"_s, u"Step name, unique in its phase. Other steps reference it as "
                    "{{ phase.step.outputs.key }}, so it has no '.', brackets, braces or "
                    "spaces."_s},
        {u"action"_s, u"The action module to run, case-sensitive (run 'kiln actions' for the "
                      "list)."_s},
        {u"inputs"_s, u"The module's inputs: a mapping or a list of mappings, depending on "
                      "the action. May be left out when the module has no required input."_s},
        {u"timeoutSeconds"_s, u"Seconds before the step (all loop iterations together) is "
                              "stopped; -1 for no timeout. Default 7200. Not for Reboot; only "
                              "-1 for ExecuteDocument."_s},
        {u"onFailure"_s, u"What a failure does: Abort (default) stops the run; Continue runs "
                         "the next steps but the document still fails; Ignore runs the next "
                         "steps and the document can succeed."_s},
        {u"maxAttempts"_s, u"Total attempts, first try included, before the step fails. "
                           "Default 1; only 1 for ExecuteDocument."_s},
        {u"loop"_s, u"Repeats the action: 'for' (start, end, updateBy) or 'forEach' (a list, "
                    "or 'list' with a 'delimiter'). Use {{ loop.index }} and {{ loop.value }} "
                    "in the inputs."_s},
        {u"if"_s, u"Runs the step only when the condition holds: one comparison operator "
                  "(stringEquals, fileExists, ...) or and/or/not; 'then'/'else' choose "
                  "Execute, Skip or Abort."_s},
    };
    return fields;
}

QStringList stepFieldNames()
{
    QStringList names;
    for (const StepFieldSpec &f : stepFields())
        names << f.name;
    return names;
}

const ActionCatalogue &ActionCatalogue::instance()
{
    static const ActionCatalogue catalogue;
    return catalogue;
}

ActionCatalogue::ActionCatalogue() : m_actions(buildCatalogue()) {}

const ActionSpec *ActionCatalogue::find(QStringView name) const
{
    for (const ActionSpec &s : m_actions) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString ActionCatalogue::suggest(QStringView misspelled) const
{
    QStringList names;
    for (const ActionSpec &s : m_actions)
        names << s.name;
    return closestMatch(misspelled, names);
}

QString closestMatch(QStringView word, const QStringList &candidates)
{
    if (word.isEmpty())
        return {};
    // A truncated name ("SetFolderPerm") is the clearest intent of all.
    if (word.size() >= 3) {
        for (const QString &c : candidates) {
            if (c.size() > word.size() && c.startsWith(word, Qt::CaseInsensitive))
                return c;
        }
    }
    const int limit = std::max(2, int(word.size() / 3));
    QString best;
    int bestDistance = limit + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    if (best.isEmpty() && word.size() >= 3) {
        // Abbreviations ("args" for "arguments") are far in edit distance but obvious:
        // same first letter, and the word's letters appear in order in the candidate.
        for (const QString &c : candidates) {
            if (c.isEmpty() || c.front().toCaseFolded() != word.front().toCaseFolded())
                continue;
            qsizetype at = 0;
            for (const QChar ch : word) {
                while (at < c.size() && c[at].toCaseFolded() != ch.toCaseFolded())
                    ++at;
                if (at++ >= c.size())
                    break;
            }
            if (at <= c.size())
                return c;
        }
    }
    return best;
}

} // namespace Kiln
