// Loaded by 04-relative-paths.ipynb through a relative #load: resolves only when the kernel runs in this folder.
var HelperGreeting = "loaded from helper.csx";
