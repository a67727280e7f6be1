namespace Kiln {}
