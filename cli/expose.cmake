target_sources(fedconsole-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ExposeCommand.h ${CMAKE_CURRENT_LIST_DIR}/ExposeCommand.cpp)
