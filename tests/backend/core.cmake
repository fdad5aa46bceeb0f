# backend/core: shared helpers.
fc_add_test(tst_parallelfor SOURCES core/tst_parallelfor.cpp LIBS fc_backend_core)
# The toolchain setting our Qt-container code needs at -O2 (-fno-strict-aliasing, see CMakeLists.txt).
fc_add_test(tst_qtcontaineraliasing SOURCES core/tst_qtcontaineraliasing.cpp LIBS Qt6::Core)
# the async process runner helm and exec plugins use: streaming, timeout, SIGTERM then SIGKILL, temp files
fc_add_test(tst_processrunner SOURCES core/tst_processrunner.cpp LIBS fc_backend_core)
# wipe(): an owned buffer is zeroed in place, a shared one is left to its other holders
fc_add_test(tst_wipe SOURCES core/tst_wipe.cpp LIBS fc_backend_core)
