// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Checks of the places a document names: the bucket of every s3:// URI in step
// inputs (K3027), and whether the folder an S3Download writes into exists
// before the download (K3028). Both work on the text alone: a value that a
// reference fills in at run time is checked only when a constant supplies it.
#pragma once

namespace Kiln {

class Document;
class Reporter;

void checkS3Buckets(const Document &doc, Reporter &reporter);       // K3027
void checkDownloadFolders(const Document &doc, Reporter &reporter); // K3028

} // namespace Kiln
